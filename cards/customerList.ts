// The customer list, ranked by what a partner can act on first (domain: ACTION_ORDER): one
// row per customer in aligned columns (customer | statuses | next end | region), only the
// urgent cells coloured; a click on a row opens the customer; previous / next pages and the
// whole list as CSV.
import type { Language, Translate } from "../domain/i18n/catalogue.js";
import { regionCode } from "../domain/regionCodes.js";
import type { CustomerFilter } from "../domain/analytics/filter.js";
import type { CustomerListRow } from "../domain/analytics/customerList.js";
import type { Page } from "../domain/analytics/types.js";
import {
  adaptiveCard, clickable, column, columns, heading, subtle, submitAction, textBlock, type CardElement, type CardReply,
} from "./elements.js";
import { customerShow, customersCsv, customersPage } from "./actions.js";
import { ACTION_ORDER } from "../domain/analytics/statuses.js";
import { formatDate, formatNumber, type CardLocale } from "./format.js";
import { URGENT_DAYS } from "./sections.js";
import { statusDefinitionsAction, type StatusThresholds } from "./statusDefinitions.js";

export interface CustomerListView {
  page: Page<CustomerListRow>;
  filter: CustomerFilter;
  thresholds: StatusThresholds;
  language: Language;
  /** The space's zone, for dates; UTC when absent. */
  timeZone?: string;
}

/** The statuses in the order the list ranks them (what can be acted on first). */
const ranked = (statuses: CustomerListRow["statuses"]) => [...statuses].sort((a, b) => ACTION_ORDER.indexOf(a) - ACTION_ORDER.indexOf(b));

const WIDTHS = [4, 4, 3, 1] as const;

function header(t: Translate): CardElement {
  const labels = [t("list.column.customer"), t("list.column.what"), t("list.column.when"), t("customer.region")];
  return columns(labels.map((label, i) => column([textBlock(label, { size: "Small", weight: "Bolder", isSubtle: true })], WIDTHS[i])), { spacing: "Small" });
}

function row(customer: CustomerListRow, t: Translate, locale: CardLocale): CardElement {
  const statuses = ranked(customer.statuses);
  const words = statuses.map((s) => t(`status.${s}`));
  const end = customer.nextEnd;
  // Only what needs action now is coloured: an end within a week, licenses over the limit.
  const soon = end !== undefined && end.days <= URGENT_DAYS;
  const over = statuses.includes("licenseOverage");
  const small = (text: string, options: CardElement = {}) => textBlock(text, { size: "Small", ...options });
  const attention = { color: "Attention", weight: "Bolder" };
  return clickable(
    columns([
      column([small(customer.name, { weight: "Bolder" })], WIDTHS[0]),
      column(words.length ? words.map((word, i) => small(word, { spacing: "None", ...(statuses[i] === "licenseOverage" && over ? attention : {}) })) : [small(t("customers.noStatus"))], WIDTHS[1]),
      column([small(end ? t("list.when.daysLeft", { days: formatNumber(end.days, locale, t), date: formatDate(end.at, locale, t) }) : t("list.when.noEnd"), soon ? attention : { isSubtle: true })], WIDTHS[2]),
      column([small(regionCode(customer.region, locale.language), { isSubtle: true })], WIDTHS[3]),
    ], { spacing: "Small", separator: true }),
    customerShow.data({ customerId: customer.id }),
  );
}

export function customerListCard(view: CustomerListView, t: Translate): CardReply {
  const { page } = view;
  const title = t("customers.title", { total: page.total });
  if (page.total === 0) {
    const sentence = t("customers.none");
    return { card: adaptiveCard([heading(title), textBlock(sentence)]), text: sentence };
  }
  const body: CardElement[] = [
    heading(title),
    subtle(t("customers.pageOf", { page: page.page, pageCount: page.pageCount })),
    header(t),
    ...page.rows.map((customer) => row(customer, t, { language: view.language, timeZone: view.timeZone ?? "UTC" })),
  ];
  const actions: CardElement[] = [];
  if (page.page > 1) actions.push(submitAction(t("paging.previous"), customersPage.data({ filter: view.filter, page: page.page - 1 })));
  if (page.page < page.pageCount) actions.push(submitAction(t("paging.next"), customersPage.data({ filter: view.filter, page: page.page + 1 })));
  if (page.pageCount > 1) actions.push(submitAction(t("list.restAsCsv", { count: page.total }), customersCsv.data({ filter: view.filter })));
  actions.push(statusDefinitionsAction(view.thresholds, t));
  const lines = page.rows.map((c) => t("customers.textRow", { name: c.name, region: regionCode(c.region, view.language), statuses: ranked(c.statuses).map((s) => t(`status.${s}`)).join(", ") }));
  return { card: adaptiveCard(body, actions), text: [title, ...lines].join("\n") };
}
