// The customer list: one row per customer with its statuses, most urgent first, a click on a
// row opens the customer, and previous / next pages.
import type { Language, Translate } from "../domain/i18n/catalogue.js";
import { regionCode } from "../domain/regionCodes.js";
import type { CustomerFilter } from "../domain/analytics/filter.js";
import type { CustomerListRow } from "../domain/analytics/customerList.js";
import type { Page } from "../domain/analytics/types.js";
import {
  adaptiveCard, clickable, column, columns, heading, subtle, submitAction, textBlock, type CardElement, type CardReply,
} from "./elements.js";
import { customerShow, customersPage } from "./actions.js";
import { statusDefinitionsAction, type StatusThresholds } from "./statusDefinitions.js";

export interface CustomerListView {
  page: Page<CustomerListRow>;
  filter: CustomerFilter;
  thresholds: StatusThresholds;
  language: Language;
}

const URGENT = new Set(["suspended", "expired", "expiringSoon", "licenseOverage"]);

function row(customer: CustomerListRow, t: Translate, language: Language): CardElement {
  const statuses = customer.statuses.map((s) => t(`status.${s}`)).join(" · ") || t("customers.noStatus");
  const urgent = customer.statuses.some((s) => URGENT.has(s));
  return clickable(
    columns([
      column([textBlock(customer.name, { weight: "Bolder", size: "Small" })], 5),
      column([textBlock(regionCode(customer.region, language), { size: "Small", isSubtle: true })], 1),
      column([textBlock(statuses, { size: "Small", color: urgent ? "Attention" : "Default" })], 5),
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
    ...page.rows.map((customer) => row(customer, t, view.language)),
  ];
  const actions: CardElement[] = [];
  if (page.page > 1) actions.push(submitAction(t("paging.previous"), customersPage.data({ filter: view.filter, page: page.page - 1 })));
  if (page.page < page.pageCount) actions.push(submitAction(t("paging.next"), customersPage.data({ filter: view.filter, page: page.page + 1 })));
  actions.push(statusDefinitionsAction(view.thresholds, t));
  const lines = page.rows.map((c) => t("customers.textRow", { name: c.name, region: regionCode(c.region, view.language), statuses: c.statuses.map((s) => t(`status.${s}`)).join(", ") }));
  return { card: adaptiveCard(body, actions), text: [title, ...lines].join("\n") };
}
