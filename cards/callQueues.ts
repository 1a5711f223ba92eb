// Call-queue insights: the three KPIs of one week first (definitions on demand), then the
// per-customer usage table; or one customer's recent weeks.
import type { Translate } from "../domain/i18n/catalogue.js";
import type { CallQueueFigures, CallQueueKpis } from "../domain/analytics/callQueues.js";
import type { CardReply } from "./elements.js";
import { submitAction } from "./elements.js";
import { formatDate, formatNumber, formatPercent, type CardLocale } from "./format.js";
import { tablePageCard, type Grid, type GridCell } from "./tablePage.js";
import { customerShow, queuesCustomer, type ActionData } from "./actions.js";

function seconds(value: number | null, locale: CardLocale, t: Translate): string {
  return value === null ? t("common.notApplicable") : t("queues.seconds", { value: value.toLocaleString(locale.language, { maximumFractionDigits: 1 }) });
}

function definitions(t: Translate): string[] {
  return [t("queues.def.speed"), t("queues.def.abandonWait"), t("queues.def.abandonRate"), t("analytics.callQueue.weightedNote")];
}

function kpis(figures: CallQueueFigures, t: Translate, locale: CardLocale): Array<readonly [string, string]> {
  return [
    [t("queues.speedOfAnswer"), seconds(figures.averageSpeedOfAnswer, locale, t)],
    [t("queues.waitBeforeAbandon"), seconds(figures.averageWaitBeforeAbandon, locale, t)],
    [t("queues.abandonRate"), formatPercent(figures.abandonRate, locale, t)],
    [t("queues.totalCalls"), formatNumber(figures.totalCalls, locale, t)],
  ];
}

/** Customers: calls | answered | abandoned | abandon rate after the name (the rest is in the detail and the CSV). */
function customerGrid(t: Translate): Grid {
  return {
    header: [t("list.column.customer"), t("queues.column.calls"), t("queues.column.answered"), t("queues.column.abandoned"), t("queues.column.abandonRate")],
    widths: [4, 2, 2, 2, 2],
  };
}

/** One customer's weeks: how fast calls were answered matters week by week, so it replaces "answered". */
function weekGrid(t: Translate): Grid {
  return {
    header: [t("list.column.week"), t("queues.column.calls"), t("queues.column.speed"), t("queues.column.abandoned"), t("queues.column.abandonRate")],
    widths: [3, 2, 2, 2, 2],
  };
}

/** A rate of 20 % or more is the one cell coloured: the customers Partner Hub's table is there to find. */
const HIGH_ABANDON_RATE = 20;

function queueCells(figures: CallQueueFigures, second: "answered" | "speed", t: Translate, locale: CardLocale): GridCell[] {
  const n = (value: number) => formatNumber(value, locale, t);
  return [
    { text: n(figures.totalCalls) },
    { text: second === "answered" ? n(figures.answered) : seconds(figures.averageSpeedOfAnswer, locale, t) },
    { text: n(figures.abandoned) },
    { text: formatPercent(figures.abandonRate, locale, t), urgent: (figures.abandonRate ?? 0) >= HIGH_ABANDON_RATE },
  ];
}

export interface CallQueuesView {
  kpis: CallQueueKpis;
  pageAction: (page: number) => ActionData;
}

export function callQueuesCard(view: CallQueuesView, t: Translate, locale: CardLocale): CardReply {
  const { kpis: data } = view;
  const n = (value: number) => formatNumber(value, locale, t);
  return tablePageCard({
    title: t("queues.title", { week: formatDate(data.weekStart, { ...locale, timeZone: "UTC" }, t) }),
    kpis: [[t("queues.customers"), n(data.customers)], ...kpis(data.partner, t, locale)],
    definitions: definitions(t),
    rows: data.table.rows.map((r) => ({
      title: r.customerName,
      detail: t("queues.row", {
        total: n(r.totalCalls), answered: n(r.answered), abandoned: n(r.abandoned), timedOut: n(r.timedOut),
        overflowed: n(r.overflowed), transferred: n(r.transferred), abandonRate: formatPercent(r.abandonRate, locale, t),
      }),
      urgent: (r.abandonRate ?? 0) >= HIGH_ABANDON_RATE,
      gridCells: queueCells(r, "answered", t, locale),
      select: queuesCustomer.data({ customerId: r.customerId }),
    })),
    grid: customerGrid(t),
    page: data.table.page,
    pageCount: data.table.pageCount,
    pageAction: view.pageAction,
    empty: t("queues.none"),
  }, t);
}

export interface CustomerQueuesView {
  customerId: string;
  customerName: string;
  weeks: Array<CallQueueFigures & { weekStart: Date }>;
}

export function customerQueuesCard(view: CustomerQueuesView, t: Translate, locale: CardLocale): CardReply {
  const latest = view.weeks[0];
  const utc = { ...locale, timeZone: "UTC" };
  return tablePageCard({
    title: view.weeks.length ? t("queues.customerTitle", { customer: view.customerName, weeks: view.weeks.length }) : t("queues.customerTitleEmpty", { customer: view.customerName }),
    kpis: latest ? kpis(latest, t, locale) : [],
    definitions: definitions(t).slice(0, 3),
    rows: view.weeks.map((w) => ({
      title: formatDate(w.weekStart, utc, t),
      gridCells: queueCells(w, "speed", t, locale),
      detail: t("queues.row", {
        total: formatNumber(w.totalCalls, locale, t), answered: formatNumber(w.answered, locale, t), abandoned: formatNumber(w.abandoned, locale, t),
        timedOut: formatNumber(w.timedOut, locale, t), overflowed: formatNumber(w.overflowed, locale, t),
        transferred: formatNumber(w.transferred, locale, t), abandonRate: formatPercent(w.abandonRate, locale, t),
      }),
    })),
    grid: weekGrid(t),
    page: 1,
    pageCount: 1,
    empty: t("queues.noneForCustomer", { customer: view.customerName }),
    actions: [submitAction(t("subscription.backToCustomer", { name: view.customerName }), customerShow.data({ customerId: view.customerId }))],
  }, t);
}
