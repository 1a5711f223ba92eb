// The process pictures are drawn in (forked by chartRenderer.ts and kept warm): ECharts and resvg
// load once, each job is a chart spec in and PNG bytes out. Drawing costs 50-150 ms of CPU and
// tens of MB that are this process's, not the bot's, and a fault in the native renderer ends
// this process, never the one answering webhooks.
import { z } from "zod";
import { renderChartPng } from "../../cards/charts/renderChart.js";
import { CHART_FONTS } from "./fonts.js";
import { chartJob, type ChartJobResult } from "./chartJob.js";

function run(message: unknown): ChartJobResult {
  const parsed = chartJob.safeParse(message);
  const id = typeof (message as { id?: unknown })?.id === "number" ? (message as { id: number }).id : -1;
  if (!parsed.success) return { id, ok: false, message: `the chart job is malformed: ${z.prettifyError(parsed.error)}` };
  const started = performance.now();
  const png = renderChartPng(parsed.data.spec, CHART_FONTS);
  return { id, ok: true, png, renderMs: performance.now() - started, peakRssBytes: process.resourceUsage().maxRSS * 1024 };
}

// The bot going away closes the channel: nothing is left to draw for. A bot killed while this
// process was still loading leaves a send failing with EPIPE: the same ending, not a crash.
process.on("disconnect", () => process.exit(0));
const reply = (message: unknown) => process.send!(message, undefined, {}, (error) => { if (error) process.exit(0); });
process.on("message", (message: unknown) => {
  let result: ChartJobResult;
  try {
    result = run(message);
  } catch (error) {
    result = { id: (message as { id?: number })?.id ?? -1, ok: false, message: (error as Error).message ?? String(error) };
  }
  reply(result);
});
reply({ ready: true });
