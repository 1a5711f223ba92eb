// Call-queue insights: the three KPIs of one week first (definitions on demand), then the
// per-customer usage table; or one customer's recent weeks.
import type { Translate } from "../domain/i18n/catalogue.js";
import type { CallQueueFigures, CallQueueKpis } from "../domain/analytics/callQueues.js";
import type { CardReply } from "./elements.js";
import { submitAction } from "./elements.js";
import { formatDate, formatNumber, formatPercent, type CardLocale } from "./format.js";
import { tablePageCard } from "./tablePage.js";
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
      urgent: (r.abandonRate ?? 0) >= 20,
      select: queuesCustomer.data({ customerId: r.customerId }),
    })),
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
      title: t("queues.weekRow", {
        week: formatDate(w.weekStart, utc, t), total: formatNumber(w.totalCalls, locale, t),
        speed: seconds(w.averageSpeedOfAnswer, locale, t), abandonRate: formatPercent(w.abandonRate, locale, t),
      }),
      detail: t("queues.row", {
        total: formatNumber(w.totalCalls, locale, t), answered: formatNumber(w.answered, locale, t), abandoned: formatNumber(w.abandoned, locale, t),
        timedOut: formatNumber(w.timedOut, locale, t), overflowed: formatNumber(w.overflowed, locale, t),
        transferred: formatNumber(w.transferred, locale, t), abandonRate: formatPercent(w.abandonRate, locale, t),
      }),
    })),
    page: 1,
    pageCount: 1,
    empty: t("queues.noneForCustomer", { customer: view.customerName }),
    actions: [submitAction(t("subscription.backToCustomer", { name: view.customerName }), customerShow.data({ customerId: view.customerId }))],
  }, t);
}
