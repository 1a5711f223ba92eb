// "License distribution trend": used, assigned and available licenses of Meetings or Calling per
// week over 12 weeks (facts, and a line picture after the card), partner-wide or for one customer.
import type { Translate } from "../../domain/i18n/catalogue.js";
import type { AnalyticsFamily } from "../../domain/analytics/types.js";
import type { LicenseTrend } from "../../domain/calling/licenseTrend.js";
import { formatChange, formatDate, formatNumber, formatWeek, type CardLocale } from "../format.js";
import { callingCard, type ActionData, type CardWithPictures } from "./callingCard.js";

export interface LicenseTrendCardView {
  trend: LicenseTrend;
  family: AnalyticsFamily;
  customerName?: string;
  switches: ReadonlyArray<{ title: string; data: ActionData }>;
}

export function licenseTrendCard(view: LicenseTrendCardView, t: Translate, locale: CardLocale): CardWithPictures {
  const { trend } = view;
  const utc = { ...locale, timeZone: "UTC" };
  const n = (value: number) => formatNumber(value, locale, t);
  const family = t(`family.${view.family}`);
  const title = view.customerName ? t("trend.customerTitle", { customer: view.customerName, family }) : t("trend.title", { family });
  const { latest, earliest } = trend;
  const reply = callingCard({
    title,
    notes: [],
    kpis: latest ? [
      [t("trend.kpi.week"), formatDate(latest.weekStart, utc, t)],
      [t("trend.kpi.used"), n(latest.used)],
      [t("trend.kpi.assigned"), n(latest.assigned)],
      [t("trend.kpi.available"), n(latest.available)],
      ...(earliest && earliest !== latest ? [[t("trend.kpi.change"), t("trend.changeValue", {
        assigned: formatChange(latest.assigned - earliest.assigned, locale, t), used: formatChange(latest.used - earliest.used, locale, t),
      })] as const] : []),
    ] : [],
    sections: [{
      title: t("trend.title", { family }),
      facts: [...trend.weeks].reverse().map((w) => [t("trend.weekRow", { week: formatDate(w.weekStart, utc, t) }), w.point
        ? t("trend.row", { used: n(w.point.used), assigned: n(w.point.assigned), available: n(w.point.available), total: n(w.point.total) })
        : t("trend.noSnapshot")] as const),
    }],
    definitions: [t("trend.def", { family })],
    switches: view.switches,
    empty: latest ? undefined : t("trend.none", { family }),
  }, t);
  if (!latest) return { ...reply, pictures: [] };
  const series = (["used", "assigned", "available"] as const).map((key) => ({ name: t(`trend.${key}`), values: trend.weeks.map((w) => w.point?.[key] ?? null) }));
  return {
    ...reply,
    pictures: [{
      kind: "line", title, caption: t("calling.chart.caption", { title }), language: locale.language,
      categories: trend.weeks.map((w) => formatWeek(w.weekStart, locale)), series, valuePattern: "{value}",
      fileName: `license-trend-${view.family}-${latest.weekStart.toISOString().slice(0, 10)}.png`,
    }],
  };
}
