// The KPI strip: five numbers first, each a button into its section; how each is counted on
// demand; and the Meetings / Calling toggle.
import type { Translate } from "../domain/i18n/catalogue.js";
import type { KpiStrip } from "../domain/analytics/kpiStrip.js";
import type { CustomerFilter } from "../domain/analytics/filter.js";
import { adaptiveCard, column, columns, heading, showCardAction, submitAction, subtle, textBlock, clickable, type CardElement, type CardReply } from "./elements.js";
import { formatNumber, type CardLocale } from "./format.js";
import { kpisShow, sectionPage, type SectionKind } from "./actions.js";
import { familyToggleRow } from "./familyToggle.js";

export interface KpiStripView {
  strip: KpiStrip;
  filter: CustomerFilter;
  /** A short description of the filter, or undefined when none applies. */
  filterText?: string;
  percentile: number;
  /** The families the partner sells; with both, the card offers Both · Meetings · Calling. */
  familiesSold?: readonly ("meetings" | "calling")[];
}

export function kpiStripCard(view: KpiStripView, t: Translate, locale: CardLocale): CardReply {
  const { strip } = view;
  const family = t(`family.${strip.family}`);
  const title = t("kpis.title", { family });
  const figures: Array<{ label: string; value: number; section?: SectionKind }> = [
    { label: t("analytics.kpi.totalCustomers"), value: strip.totalCustomers },
    { label: t("analytics.kpi.nearingExpiration"), value: strip.nearingExpiration, section: "expire" },
    { label: t("analytics.kpi.nearingRenewal"), value: strip.nearingRenewal, section: "renew" },
    { label: t("analytics.kpi.lowAssignment"), value: strip.lowAssignment, section: "low" },
    { label: t("analytics.kpi.overLimit"), value: strip.overLimit, section: "over" },
  ];
  const rows = figures.map((figure) => {
    const row = columns([
      column([textBlock(formatNumber(figure.value, locale, t), { size: "Large", weight: "Bolder", spacing: "None" })], "auto"),
      column([textBlock(figure.label, { spacing: "None" })], "stretch", { verticalContentAlignment: "Center" }),
    ], { spacing: "Small", separator: true });
    return figure.section
      ? clickable(row, sectionPage.data({ section: figure.section, family: strip.family, days: strip.windowDays, filter: view.filter, page: 1 }))
      : row;
  });
  const params = { family, days: strip.windowDays, percentile: view.percentile };
  const definitions: CardElement[] = (["total", "expiring", "renewing", "low", "over"] as const).map((k) => textBlock(t(`kpis.def.${k}`, params), { size: "Small" }));
  const sellsBoth = (view.familiesSold?.length ?? 0) > 1;
  const body: CardElement[] = [heading(title)];
  if (sellsBoth) body.push(familyToggleRow(strip.family, { choices: ["both", "meetings", "calling"], data: (family) => kpisShow.data({ family, filter: view.filter }) }, t));
  if (view.filterText) body.push(subtle(t("kpis.filtered", { filter: view.filterText })));
  body.push(...rows);
  const actions = [showCardAction(t("common.definitions"), definitions)];
  // One family sold: the card as before, with its switch to the other family.
  if (!sellsBoth) {
    const other = strip.family === "meetings" ? "calling" : "meetings";
    actions.push(submitAction(t("kpis.switchTo", { family: t(`family.${other}`) }), kpisShow.data({ family: other, filter: view.filter })));
  }
  const text = [title, ...figures.map((f) => t("kpis.row", { label: f.label, value: formatNumber(f.value, locale, t) }))].join("\n");
  return { card: adaptiveCard(body, actions), text };
}
