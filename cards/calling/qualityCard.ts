// "Call quality": the poor-quality share of the week, its 8-week trend and the share per endpoint
// type (as facts, and as two pictures posted after the card), then customers ranked by share.
import type { Translate } from "../../domain/i18n/catalogue.js";
import type { QualityView } from "../../domain/calling/quality.js";
import type { Share } from "../../domain/calling/ranking.js";
import { formatDate, formatNumber, formatPercent, formatWeek, type CardLocale } from "../format.js";
import type { ChartSpec } from "../charts/chartSpec.js";
import { callingCard, weekNote, type ActionData, type CardWithPictures } from "./callingCard.js";

export interface QualityCardView {
  quality: QualityView;
  /** Set for one customer's card (no ranking then). */
  customerName?: string;
  pageAction?: (page: number) => ActionData;
  switches: ReadonlyArray<{ title: string; data: ActionData }>;
  select?: (customerId: string) => ActionData;
}

const shareText = (share: Share, locale: CardLocale, t: Translate): string =>
  t("calling.quality.shareValue", { percent: formatPercent(share.percent, locale, t), poor: formatNumber(share.poor, locale, t), measured: formatNumber(share.measured, locale, t) });

function pictures(view: QualityCardView, t: Translate, locale: CardLocale): ChartSpec[] {
  const { quality } = view;
  const day = quality.week.toISOString().slice(0, 10);
  const percentPattern = t("queues.percent", { value: "{value}" });
  const common = { language: locale.language, caption: "" };
  const trendTitle = t("calling.quality.trendTitle");
  const endpointTitle = t("calling.quality.endpointTitle");
  const measuredEndpoints = quality.source === "legs";
  return [
    {
      ...common, kind: "line", title: trendTitle, caption: t("calling.chart.caption", { title: trendTitle }),
      categories: quality.trend.map((w) => formatWeek(w.weekStart, locale)),
      series: [{ name: t("calling.chart.poorShare"), values: quality.trend.map((w) => w.share?.percent ?? null) }],
      valuePattern: percentPattern, fileName: `call-quality-trend-${day}.png`,
    },
    {
      ...common, kind: "bar", title: endpointTitle, caption: t("calling.chart.caption", { title: endpointTitle }),
      categories: quality.endpoints.map((e) => t(`calling.endpoint.${e.endpoint}`)),
      series: [measuredEndpoints
        ? { name: t("calling.chart.poorShare"), values: quality.endpoints.map((e) => e.percent) }
        : { name: t("calling.chart.measured"), values: quality.endpoints.map((e) => e.legs) }],
      valuePattern: measuredEndpoints ? percentPattern : "{value}", fileName: `call-quality-endpoints-${day}.png`,
    },
  ];
}

export function qualityCard(view: QualityCardView, t: Translate, locale: CardLocale): CardWithPictures {
  const { quality } = view;
  const utc = { ...locale, timeZone: "UTC" };
  const n = (value: number) => formatNumber(value, locale, t);
  const week = formatDate(quality.week, utc, t);
  const unit = quality.source === "legs" ? "calling.quality.rowLegs" : "calling.quality.rowCalls";
  const empty = quality.partner.measured === 0;
  const reply = callingCard({
    title: view.customerName ? t("calling.quality.customerTitle", { customer: view.customerName, week }) : t("calling.quality.title", { week }),
    notes: [weekNote(quality.week, t, locale)],
    kpis: [
      [t("calling.quality.kpi.share"), shareText(quality.partner, locale, t)],
      [t(quality.source === "legs" ? "calling.quality.kpi.legs" : "calling.kpi.calls"), n(quality.partner.measured)],
    ],
    sections: [
      {
        title: t("calling.quality.trendTitle"),
        facts: quality.trend.map((w) => [t("calling.usage.weekRow", { week: formatDate(w.weekStart, utc, t) }), w.share ? shareText(w.share, locale, t) : t("calling.quality.noData")] as const),
      },
      {
        title: t("calling.quality.endpointTitle"),
        facts: quality.endpoints.map((e) => [t(`calling.endpoint.${e.endpoint}`), e.poor === null
          ? t("calling.quality.endpointLegs", { legs: n(e.legs) })
          : shareText({ measured: e.legs, poor: e.poor, percent: e.percent }, locale, t)] as const),
      },
      ...(view.customerName ? [] : [{
        title: t("calling.quality.customersTitle"),
        rows: quality.table.rows.map((r) => ({
          title: r.customerName,
          detail: t(unit, { percent: formatPercent(r.percent, locale, t), poor: n(r.poor), measured: n(r.measured) }),
          urgent: (r.percent ?? 0) >= 5,
          select: view.select?.(r.customerId),
        })),
        page: quality.table,
      }]),
    ],
    definitions: [t(quality.source === "legs" ? "calling.quality.def.legs" : "calling.quality.def.report"), t("calling.quality.def.ranking"), t("calling.limitations")],
    switches: view.switches,
    pageAction: view.pageAction,
    page: view.customerName ? undefined : quality.table,
    empty: empty ? t("calling.quality.none") : undefined,
  }, t);
  return { ...reply, pictures: empty ? [] : pictures(view, t, locale) };
}
