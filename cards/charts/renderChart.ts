// Draws a chart spec to PNG: Apache ECharts renders it to SVG on the server (no DOM, no canvas),
// resvg turns the SVG into pixels with the fonts it is given. No I/O here: the caller names the
// font files (bundled, so Polish and German glyphs look the same on every machine) and does
// what it likes with the bytes. Sized and lettered for a phone: 800 × 450, 20 px labels.
//
// Colours are the Okabe-Ito palette, which people with any common colour-vision deficiency tell
// apart; lines also differ by marker and dash, and values are written on the chart, so nothing
// depends on colour alone.
// The one-file build: the package root is hundreds of modules, 5 s to load under a busy CPU against 0.7 s.
import * as echarts from "echarts/dist/echarts.esm.min.mjs";
import { Resvg } from "@resvg/resvg-js";
import { CHART_HEIGHT, CHART_WIDTH, type ChartSpec } from "./chartSpec.js";

export const CHART_PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7"] as const;
const MARKERS = ["circle", "rect", "triangle", "diamond"] as const;
const DASHES = ["solid", "dashed", "dotted", "solid"] as const;
const TEXT = "#1a1a1a";
const GRID = "#d0d0d0";

export interface ChartFonts {
  /** TTF/OTF files resvg may use; the first family found is the default. */
  files: readonly string[];
  family: string;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** `value` in the spec's language and pattern ("12,5 %" in Polish, "1.234" in German). */
export function chartValue(spec: Pick<ChartSpec, "language" | "valuePattern">, value: number): string {
  let format = numberFormats.get(spec.language);
  if (!format) numberFormats.set(spec.language, (format = new Intl.NumberFormat(spec.language, { maximumFractionDigits: 1 })));
  return spec.valuePattern.replace("{value}", format.format(value));
}

/** The ECharts option of a spec: pure data, exported for tests. */
export function chartOption(spec: ChartSpec, fontFamily: string): Record<string, unknown> {
  const label = (size: number) => ({ color: TEXT, fontSize: size, fontFamily });
  const formatted = (params: { value: unknown }) => (typeof params.value === "number" ? chartValue(spec, params.value) : "");
  const several = spec.series.length > 1;
  return {
    animation: false,
    backgroundColor: "#ffffff",
    color: [...CHART_PALETTE],
    textStyle: { fontFamily, color: TEXT },
    title: { text: spec.title, left: "center", top: 12, textStyle: { ...label(24), fontWeight: "bold" } },
    // The legend names what is measured even for one series ("Poor-quality calls (%)").
    legend: { top: 50, textStyle: label(18), itemWidth: 28, itemHeight: 14 },
    grid: { left: 24, right: 32, top: 100, bottom: 20, containLabel: true },
    xAxis: {
      type: "category",
      data: [...spec.categories],
      // Twelve weekly dates do not fit side by side at a readable size: they lean instead.
      axisLabel: { ...label(18), interval: 0, hideOverlap: false, rotate: spec.categories.length > 8 ? 35 : 0 },
      axisLine: { lineStyle: { color: TEXT } },
      axisTick: { show: false },
    },
    yAxis: {
      type: "value",
      minInterval: 1,
      axisLabel: { ...label(18), formatter: (value: number) => chartValue(spec, value) },
      splitLine: { lineStyle: { color: GRID } },
    },
    series: spec.series.map((series, index) => spec.kind === "line"
      ? {
          type: "line", name: series.name, data: [...series.values], connectNulls: false,
          symbol: MARKERS[index], symbolSize: 12, lineStyle: { width: 4, type: DASHES[index] },
          label: { show: !several, position: "top", ...label(17), formatter: formatted },
        }
      : {
          type: "bar", name: series.name, data: [...series.values], barMaxWidth: 90,
          label: { show: true, position: "top", ...label(18), formatter: formatted },
        }),
  };
}

export function chartSvg(spec: ChartSpec, fontFamily: string): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: CHART_WIDTH, height: CHART_HEIGHT });
  try {
    chart.setOption(chartOption(spec, fontFamily));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

export function renderChartPng(spec: ChartSpec, fonts: ChartFonts): Buffer {
  const svg = chartSvg(spec, fonts.family);
  const resvg = new Resvg(svg, {
    font: { fontFiles: [...fonts.files], loadSystemFonts: false, defaultFontFamily: fonts.family },
    fitTo: { mode: "width", value: CHART_WIDTH },
  });
  return resvg.render().asPng();
}
