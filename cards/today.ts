// `today`: one card, most urgent first. Each row opens its customer; the footer says how many
// more there are and offers them.
import type { Translate } from "../domain/i18n/catalogue.js";
import type { TodayPage } from "../domain/attention/todayPage.js";
import { isUrgent, type AttentionItem } from "../domain/attention/today.js";
import { adaptiveCard, heading, submitAction, subtle, textBlock, type CardElement, type CardReply } from "./elements.js";
import { formatDate, formatNumber, type CardLocale } from "./format.js";
import { attentionRow, headerRow } from "./attentionTable.js";
import { openCustomer, todayPageAction } from "./attentionActions.js";

const WIDTHS = [3, 3, 3, 2] as const;

export function itemCells(item: AttentionItem, t: Translate, locale: CardLocale): [string, string, string, string] {
  const n = (value: number) => formatNumber(value, locale, t);
  switch (item.kind) {
    case "ending":
      return [
        item.customerName,
        t(item.trial ? "today.what.trialEnds" : "today.what.subscriptionEnds"),
        t("today.when.days", { date: formatDate(item.endAt, locale, t), days: n(item.daysLeft) }),
        n(item.licenses),
      ];
    case "overLimit":
      return [item.customerName, t("today.what.overLimit"), t("today.when.now"),
        t("today.licenses.overage", { assigned: n(item.assigned), bought: n(item.bought), over: n(item.assigned - item.bought) })];
    case "suspended":
      return [item.customerName, t("today.what.suspended"), t("today.when.recently"), t("today.licenses.suspended", { count: n(item.subscriptions) })];
  }
}

export function todayCard(view: TodayPage, t: Translate, locale: CardLocale): CardReply {
  const title = t("today.title", { total: formatNumber(view.total, locale, t) });
  if (view.total === 0) return { card: adaptiveCard([heading(title), textBlock(t("today.none"))]), text: `${title}\n${t("today.none")}` };
  const rows = view.items.map((item) => ({ item, cells: itemCells(item, t, locale) }));
  const shownUpTo = (view.page - 1) * view.pageSize + view.items.length;
  const more = view.total - shownUpTo;
  const body: CardElement[] = [
    heading(title),
    headerRow([t("today.column.customer"), t("today.column.what"), t("today.column.when"), t("today.column.licenses")], WIDTHS),
    ...rows.map(({ item, cells }) => attentionRow({ cells, urgent: isUrgent(item), select: openCustomer(item.customerId) }, WIDTHS)),
    subtle(more > 0 ? t("today.more", { more: formatNumber(more, locale, t) }) : t("today.allShown")),
  ];
  const actions: CardElement[] = [];
  if (view.page > 1) actions.push(submitAction(t("paging.previous"), todayPageAction(view.page - 1)));
  if (more > 0) actions.push(submitAction(t("today.showMore"), todayPageAction(view.page + 1)));
  const text = [
    title,
    ...rows.map(({ cells: [customer, what, when, licenses] }) => t("today.textRow", { customer, what, when, licenses })),
    ...(more > 0 ? [t("today.more", { more: formatNumber(more, locale, t) })] : []),
  ].join("\n");
  return { card: adaptiveCard(body, actions), text };
}
