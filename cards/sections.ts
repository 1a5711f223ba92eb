// The subscription-analytics sections (about to expire / renew, recently added, low license
// assignment, over license limit): the section's KPIs, then a page of its table, each row
// leading to the subscription it is about.
import type { Translate } from "../domain/i18n/catalogue.js";
import type { AnalyticsFamily, FamilySelection } from "../domain/analytics/types.js";
import { usageOverWeeks, type AboutToEndSection } from "../domain/analytics/sections/aboutToEnd.js";
import type { RecentlyAddedSection } from "../domain/analytics/sections/recentlyAdded.js";
import type { LowAssignmentSection } from "../domain/analytics/sections/lowAssignment.js";
import type { OverLimitSection } from "../domain/analytics/sections/overLimit.js";
import type { CardReply } from "./elements.js";
import { formatChange, formatDate, formatNumber, formatPercent, type CardLocale } from "./format.js";
import { productLabel } from "./contractLabels.js";
import { tablePageCard, type TableRow } from "./tablePage.js";
import { subscriptionShow, type ActionData, type SectionKind } from "./actions.js";
import { familyToggleRow, type FamilyToggle } from "./familyToggle.js";
export { SECTION_KINDS, type SectionKind } from "./actions.js";


export type SectionData =
  | { kind: "expire" | "renew"; section: AboutToEndSection }
  | { kind: "recent"; section: RecentlyAddedSection }
  | { kind: "low"; section: LowAssignmentSection }
  | { kind: "over"; section: OverLimitSection };

export type SectionView = SectionData & {
  family: FamilySelection;
  windowDays: number;
  percentile: number;
  minAgeDays: number;
  pageAction: (page: number) => ActionData;
  /** The whole section as a CSV file. */
  csvAction?: ActionData;
  /** Both · Meetings · Calling, for a partner selling both families. */
  toggle?: FamilyToggle;
};

const select = (subscriptionId: string) => subscriptionShow.data({ subscriptionId });

/** A row's subscription in the plain-text fallback: with both families, which one it is (a
 * subscription carrying both has a row of each). */
function subscriptionText(view: SectionView, r: { subscriptionId: string; family?: AnalyticsFamily }, t: Translate): string {
  return view.family === "both" && r.family ? t("section.subscriptionFamily", { subscription: r.subscriptionId, family: t(`family.${r.family}`) }) : r.subscriptionId;
}

/** "Usage over the last 3 months": the first and last weekly figures and the highest, or n/a. */
function usageText(trend: AboutToEndSection["table"]["rows"][number]["usageTrend"], t: Translate, locale: CardLocale): string {
  const usage = usageOverWeeks(trend);
  if (!usage) return t("common.notApplicable");
  const n = (value: number) => formatNumber(value, locale, t);
  return t("section.usage3Months", { first: n(usage.first), last: n(usage.last), peak: n(usage.peak) });
}

/** An end within this many days is urgent (the customer list's "expiring soon" too). */
export const URGENT_DAYS = 7;

function parts(view: SectionView, t: Translate, locale: CardLocale): { kpis: Array<readonly [string, string]>; rows: TableRow[]; page: { page: number; pageCount: number; total: number } } {
  const n = (value: number | null) => formatNumber(value, locale, t);
  const p = (value: number | null) => formatPercent(value, locale, t);
  const c = (value: number | null) => formatChange(value, locale, t);
  const family = t(`family.${view.family}`);
  switch (view.kind) {
    case "expire":
    case "renew": {
      const s = view.section;
      return {
        kpis: [[t(view.kind === "expire" ? "section.kpi.customers.expire" : "section.kpi.customers.renew"), n(s.customers)], [t("section.kpi.subscriptions"), n(s.subscriptions)],
          [t("section.kpi.assignedPercent"), p(s.assignedPercent)], [t("section.kpi.usedPercent"), p(s.usedPercent)]],
        rows: s.table.rows.map((r) => ({
          title: r.customerName,
          detail: t(view.kind === "expire" ? "section.row.expire" : "section.row.renew", {
            subscription: subscriptionText(view, r, t), date: formatDate(r.endAt, locale, t), days: n(r.daysUntilEnd), assigned: n(r.assigned), total: n(r.total), used: n(r.used),
            available: n(r.available), usage: usageText(r.usageTrend, t, locale),
          }),
          cells: {
            // With both families each row says which (absent: the section's one family).
            what: r.family ? t(`family.${r.family}`) : family, whatNote: r.subscriptionId,
            when: t("list.when.daysLeft", { days: n(r.daysUntilEnd), date: formatDate(r.endAt, locale, t) }),
            whenUrgent: view.kind === "expire" && r.daysUntilEnd <= URGENT_DAYS,
            licenses: t("list.licenses", { assigned: n(r.assigned), total: n(r.total) }), licensesUrgent: r.assigned > r.total,
          },
          select: select(r.subscriptionId),
        })),
        page: s.table,
      };
    }
    case "recent": {
      const s = view.section;
      return {
        kpis: [[t("section.kpi.newCustomers"), n(s.newCustomers)], [t("section.kpi.totalLicenses"), n(s.totalLicenses)]],
        rows: s.table.rows.map((r) => ({
          title: r.customerName,
          detail: t("section.row.recent", {
            subscription: subscriptionText(view, r, t), days: n(r.daysSinceAdded), used: n(r.used), assigned: n(r.assigned), available: n(r.available), total: n(r.total),
            assignedChange: c(r.weeklyAssignedChange), usedChange: c(r.weeklyUsedChange),
          }),
          cells: {
            what: r.family ? t(`family.${r.family}`) : family, whatNote: r.subscriptionId,
            when: t("list.when.daysSince", { days: n(r.daysSinceAdded) }),
            licenses: t("list.licenses", { assigned: n(r.assigned), total: n(r.total) }), licensesUrgent: r.assigned > r.total,
          },
          select: select(r.subscriptionId),
        })),
        page: s.table,
      };
    }
    case "low": {
      const s = view.section;
      return {
        kpis: [[t("section.kpi.customers.low"), n(s.customers)], [t("section.kpi.assignedPercent"), p(s.assignedPercent)],
          [t("section.kpi.usedWhenAssigned"), p(s.usedPercent)], [t("section.kpi.unassigned"), n(s.unassignedLicenses)]],
        rows: s.table.rows.map((r) => ({
          title: r.customerName,
          detail: t("section.row.low", {
            subscription: r.subscriptionId, product: productLabel(r.product, t), assigned: n(r.assigned), total: n(r.total),
            assignedPercent: p(r.assignedPercent), months: n(r.monthsSinceAdded), assignedChange: c(r.weeklyAssignedChange),
          }),
          cells: {
            what: productLabel(r.product, t), whatNote: r.subscriptionId,
            when: t("list.when.monthsSince", { months: n(r.monthsSinceAdded) }),
            licenses: t("list.licenses", { assigned: n(r.assigned), total: n(r.total) }), licensesUrgent: r.assigned > r.total,
          },
          select: select(r.subscriptionId),
        })),
        page: s.table,
      };
    }
    case "over": {
      const s = view.section;
      return {
        kpis: [[t("section.kpi.customers.over"), n(s.customers)], [t("section.kpi.totalOverage"), n(s.totalOverage)],
          [t("section.kpi.averageOverage"), n(s.averageOverage)]],
        rows: s.table.rows.map((r) => ({
          title: r.customerName,
          detail: t("section.row.over", {
            subscription: r.subscriptionId, product: productLabel(r.product, t), assigned: n(r.assigned), total: n(r.total), overage: n(r.overage),
            used: n(r.used), months: n(r.monthsRemaining), autoRenew: t(r.autoRenew ? "common.yes" : "common.no"),
            assignedPercent: p(r.assignedPercent), usedPercent: p(r.usedPercent),
          }),
          cells: {
            what: productLabel(r.product, t), whatNote: r.subscriptionId,
            when: r.monthsRemaining === null ? t("list.when.noEnd") : t("list.when.monthsLeft", { months: n(r.monthsRemaining) }),
            licenses: t("list.licensesOver", { assigned: n(r.assigned), total: n(r.total), overage: n(r.overage) }),
            licensesUrgent: true,
          },
          select: select(r.subscriptionId),
        })),
        page: s.table,
      };
    }
  }
}

export function sectionCard(view: SectionView, t: Translate, locale: CardLocale): CardReply {
  const family = t(`family.${view.family}`);
  const params = { days: view.windowDays, family, percentile: view.percentile, minAge: view.minAgeDays };
  const { kpis, rows, page } = parts(view, t, locale);
  return tablePageCard({
    title: t(`section.${view.kind}.title`, params),
    kpis,
    definitions: [t(`section.def.${view.kind}`, params)],
    rows,
    page: page.page,
    pageCount: page.pageCount,
    pageAction: view.pageAction,
    empty: t("section.none"),
    csv: view.csvAction && { data: view.csvAction, total: page.total },
    toolbar: view.toggle && familyToggleRow(view.family, view.toggle, t),
  }, t);
}
