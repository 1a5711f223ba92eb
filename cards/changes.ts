// `changes [days]`: what changed between two dated snapshots, most urgent first, one row per
// change; each row opens its customer. Long lists page (and a scheduled post adds a CSV).
import type { Translate } from "../domain/i18n/catalogue.js";
import type { Change } from "../domain/attention/changes.js";
import type { ChangesReport } from "../domain/attention/changesReport.js";
import { adaptiveCard, heading, submitAction, subtle, textBlock, type CardElement, type CardReply } from "./elements.js";
import { formatDate, formatNumber, formatPercent, type CardLocale } from "./format.js";
import { contractStateLabel } from "./contractLabels.js";
import { sentenceCard } from "./sentence.js";
import { attentionRow, headerRow } from "./attentionTable.js";
import { changesPageAction, openCustomer } from "./attentionActions.js";

const WIDTHS = [2, 3] as const;
export const CHANGES_PAGE_SIZE = 10;

export function changeText(change: Change, t: Translate, locale: CardLocale): string {
  switch (change.kind) {
    case "statusChanged":
      return t("changes.statusChanged", { subscription: change.subscriptionId, from: contractStateLabel(change.from, t), to: contractStateLabel(change.to, t) });
    case "newlyOverLimit":
      return t("changes.newlyOverLimit", { subscription: change.subscriptionId, overage: formatNumber(change.overage, locale, t) });
    case "newlyExpiring":
      return t(change.trial ? "changes.newlyExpiringTrial" : "changes.newlyExpiring", { subscription: change.subscriptionId, date: formatDate(change.endAt, locale, t) });
    case "autoRenewOff":
      return t("changes.autoRenewOff", { subscription: change.subscriptionId, date: formatDate(change.endAt, locale, t) });
    case "licensesUp":
    case "licensesDown": {
      const share = change.before > 0 ? (Math.abs(change.now - change.before) / change.before) * 100 : null;
      return t(change.kind === "licensesUp" ? "changes.licensesUp" : "changes.licensesDown", {
        before: formatNumber(change.before, locale, t), now: formatNumber(change.now, locale, t), percent: formatPercent(share === null ? null : Math.round(share * 10) / 10, locale, t),
      });
    }
    case "newCustomer":
      return t("changes.newCustomer");
  }
}

const urgent = (change: Change): boolean => change.kind === "statusChanged" || change.kind === "newlyOverLimit";

export interface ChangesView {
  /** One page of changes, or (page 0) all of them: the card then shows the first page. */
  report: ChangesReport;
  /** A scheduled post attaches every change as a CSV instead of offering more pages. */
  attached?: boolean;
}

export function changesCard(view: ChangesView, t: Translate, locale: CardLocale): CardReply {
  const { report } = view;
  if (report.kind === "noSnapshots") return sentenceCard(t("changes.noSnapshots"));
  if (report.kind === "noEarlier") {
    return sentenceCard(t("changes.noEarlier", { days: formatNumber(report.days, locale, t), now: formatDate(report.now, locale, t), oldest: formatDate(report.oldest, locale, t) }));
  }
  const dates = { before: formatDate(report.before, locale, t), now: formatDate(report.now, locale, t) };
  const title = t("changes.title", { ...dates, total: formatNumber(report.total, locale, t) });
  if (report.total === 0) return { card: adaptiveCard([heading(title), textBlock(t("changes.none", dates))]), text: `${title}\n${t("changes.none", dates)}` };
  const page = Math.max(1, report.page);
  const shown = report.page === 0 ? report.changes.slice(0, CHANGES_PAGE_SIZE) : report.changes;
  const more = Math.max(0, report.total - (page - 1) * report.pageSize - shown.length);
  const rows = shown.map((change) => ({ change, cells: [change.customerName, changeText(change, t, locale)] }));
  const body: CardElement[] = [
    heading(title),
    headerRow([t("today.column.customer"), t("changes.column.change")], WIDTHS),
    ...rows.map(({ change, cells }) => attentionRow({ cells, urgent: urgent(change), select: openCustomer(change.customerId) }, WIDTHS)),
  ];
  const moreText = more > 0 ? t(view.attached ? "changes.moreInFile" : "changes.more", { more: formatNumber(more, locale, t) }) : undefined;
  body.push(subtle(moreText ?? t("today.allShown")));
  const actions: CardElement[] = [];
  if (!view.attached && page > 1) actions.push(submitAction(t("paging.previous"), changesPageAction(report.days, page - 1)));
  if (!view.attached && more > 0) actions.push(submitAction(t("paging.next"), changesPageAction(report.days, page + 1)));
  const text = [title, ...rows.map(({ cells: [customer, change] }) => t("changes.textRow", { customer: customer!, change: change! })), ...(moreText ? [moreText] : [])].join("\n");
  return { card: adaptiveCard(body, actions), text };
}
