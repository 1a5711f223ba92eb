// "Customers and usage": last week's calls, legs and minutes per customer with the change from the
// week before (largest drop first, in red), or one customer's last weeks.
import type { Translate } from "../../domain/i18n/catalogue.js";
import type { Change, UsageView, UsageWeek } from "../../domain/calling/usage.js";
import { formatChange, formatNumber, formatSignedPercent, formatDate, type CardLocale } from "../format.js";
import { callingCard, weekNote, type ActionData, type CardWithPictures } from "./callingCard.js";
import type { Grid, GridCell } from "../tablePage.js";

function changeText(change: Change, locale: CardLocale, t: Translate): string {
  if (change.change === null) return t("common.notApplicable");
  return t("calling.change", { change: formatChange(change.change, locale, t), percent: formatSignedPercent(change.changePercent, locale, t) });
}

function figures(row: { calls: number; legs: number; minutes: number; videoMinutes: number } & Change, locale: CardLocale, t: Translate): string {
  const n = (value: number) => formatNumber(value, locale, t);
  return t("calling.usage.row", { calls: n(row.calls), legs: n(row.legs), minutes: n(row.minutes), video: n(row.videoMinutes), change: changeText(row, locale, t) });
}

/** A drop of 20 % or more from the week before is the one cell coloured. */
const STEEP_DROP_PERCENT = -20;

function usageGrid(first: string, t: Translate): Grid {
  return { header: [first, t("calling.column.calls"), t("calling.column.legs"), t("calling.column.minutes"), t("calling.column.change")], widths: [4, 2, 2, 2, 3] };
}

/** Calls | legs | minutes (video minutes under them) | change from the week before. */
function usageCells(row: { calls: number; legs: number; minutes: number; videoMinutes: number } & Change, locale: CardLocale, t: Translate): GridCell[] {
  const n = (value: number) => formatNumber(value, locale, t);
  return [
    { text: n(row.calls) }, { text: n(row.legs) },
    { text: n(row.minutes), note: t("calling.usage.videoNote", { video: n(row.videoMinutes) }) },
    { text: changeText(row, locale, t), urgent: (row.changePercent ?? 0) <= STEEP_DROP_PERCENT },
  ];
}

export interface UsageCardView {
  usage: UsageView;
  pageAction: (page: number) => ActionData;
  switches: ReadonlyArray<{ title: string; data: ActionData }>;
  /** The action a click on a customer row submits (its own usage). */
  select: (customerId: string) => ActionData;
}

export function usageCard(view: UsageCardView, t: Translate, locale: CardLocale): CardWithPictures {
  const { usage } = view;
  const n = (value: number) => formatNumber(value, locale, t);
  const reply = callingCard({
    title: t("calling.usage.title", { week: formatDate(usage.week, { ...locale, timeZone: "UTC" }, t) }),
    notes: [weekNote(usage.week, t, locale)],
    kpis: [
      [t("calling.kpi.customers"), n(usage.customers)],
      [t("calling.kpi.calls"), n(usage.totals.calls)],
      [t("calling.kpi.change"), changeText(usage, locale, t)],
      [t("calling.kpi.legs"), n(usage.totals.legs)],
      [t("calling.kpi.minutes"), n(usage.totals.minutes)],
      [t("calling.kpi.videoMinutes"), n(usage.totals.videoMinutes)],
    ],
    sections: [{
      title: t("calling.show.usage"),
      rows: usage.table.rows.map((r) => ({ title: r.customerName, detail: figures(r, locale, t), gridCells: usageCells(r, locale, t), select: view.select(r.customerId) })),
      grid: usageGrid(t("list.column.customer"), t),
      page: usage.table,
    }],
    definitions: [t("calling.usage.def"), t("calling.limitations")],
    switches: view.switches,
    pageAction: view.pageAction,
    page: usage.table,
    empty: usage.table.total === 0 ? t("calling.usage.none") : undefined,
  }, t);
  return { ...reply, pictures: [] };
}

export interface CustomerUsageCardView {
  customerName: string;
  weeks: readonly UsageWeek[];
  switches: ReadonlyArray<{ title: string; data: ActionData }>;
}

export function customerUsageCard(view: CustomerUsageCardView, t: Translate, locale: CardLocale): CardWithPictures {
  const utc = { ...locale, timeZone: "UTC" };
  const reply = callingCard({
    title: t("calling.usage.customerTitle", { customer: view.customerName, weeks: view.weeks.length }),
    notes: [],
    kpis: [],
    sections: [{
      title: t("calling.show.usage"),
      rows: view.weeks.map((w) => ({ title: formatDate(w.weekStart, utc, t), detail: figures(w, locale, t), gridCells: usageCells(w, locale, t) })),
      grid: usageGrid(t("list.column.week"), t),
    }],
    definitions: [t("calling.usage.def"), t("calling.limitations")],
    switches: view.switches,
    empty: view.weeks.length === 0 ? t("calling.usage.none") : undefined,
  }, t);
  return { ...reply, pictures: [] };
}
