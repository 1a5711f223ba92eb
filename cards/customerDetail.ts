// One customer, as Partner Hub's customer page shows it: statuses, current subscriptions first
// (each with its products, bought / assigned / used and days left; a click opens one with its
// order history), then ended ones and trials, the profile, tags and the partner admins.
import type { Translate } from "../domain/i18n/catalogue.js";
import type { ContractDetail, CustomerDetail } from "../domain/analytics/customerDetail.js";
import { clickable, column, columns, factSet, heading, openUrlAction, submitAction, subtle, textBlock, adaptiveCard, type CardElement, type CardReply } from "./elements.js";
import { formatDate, formatNumber, partnerHubCustomerUrl, regionLabel, roleLabel, type CardLocale } from "./format.js";
import { queuesCustomer, subscriptionShow } from "./actions.js";
import { contractStateLabel, endLabel, productLabel } from "./contractLabels.js";
import { URGENT_DAYS } from "./sections.js";
import { regionCode } from "../domain/regionCodes.js";
import { statusDefinitionsAction, type StatusThresholds } from "./statusDefinitions.js";

/** A customer can have many contracts; the card shows the first few and says how many more. */
export const MAX_CONTRACT_ROWS = 8;

/** One contract in three columns: id and state | a line per product | end and days left. */
function contractRow(contract: ContractDetail, t: Translate, locale: CardLocale): CardElement {
  const n = (value: number) => formatNumber(value, locale, t);
  const small = (text: string, options: CardElement = {}) => textBlock(text, { size: "Small", spacing: "None", ...options });
  const lines = contract.licenses.map((line) => small(t("customer.licenseLine", {
    product: productLabel(line.product, t), total: n(line.total), assigned: n(line.assigned), used: n(line.used),
  }), line.assigned > line.total ? { color: "Attention", weight: "Bolder" } : {}));
  const ends = endLabel(contract, t, locale);
  const days = contract.daysLeft ?? null;
  // Only an end within a week that will not renew by itself is urgent.
  const urgent = days !== null && days <= URGENT_DAYS && !contract.autoRenew;
  return clickable(columns([
    column([small(contract.id, { weight: "Bolder" }), small(contractStateLabel(contract.status, t), { isSubtle: true })], 3),
    column(lines.length ? lines : [small(t("common.none"), { isSubtle: true })], 5),
    column([small(days === null ? ends : t("customer.daysLeft", { days: n(days), ends }), urgent ? { color: "Attention", weight: "Bolder" } : {})], 3),
  ], { spacing: "Small", separator: true }), subscriptionShow.data({ subscriptionId: contract.id }));
}

function contractRows(contracts: readonly ContractDetail[], t: Translate, locale: CardLocale): CardElement[] {
  const rows = contracts.slice(0, MAX_CONTRACT_ROWS).map((contract) => contractRow(contract, t, locale));
  if (contracts.length > MAX_CONTRACT_ROWS) rows.push(subtle(t("common.andMore", { count: contracts.length - MAX_CONTRACT_ROWS })));
  return rows;
}

export function customerDetailCard(detail: CustomerDetail, t: Translate, locale: CardLocale, thresholds: StatusThresholds): CardReply {
  const { profile } = detail;
  const statuses = detail.statuses.map((s) => t(`status.${s}`)).join(" · ") || t("customers.noStatus");
  const facts: Array<readonly [string, string]> = [
    [t("customer.orgId"), profile.id],
    [t("customer.region"), regionLabel(profile.region, t)],
    [t("customer.industry"), profile.industry ?? t("common.unknown")],
    [t("customer.plannedUsers"), formatNumber(profile.plannedUsers, locale, t)],
    [t("customer.managedBy"), t(`managedBy.${profile.managedBy}`)],
    [t("customer.addedAt"), formatDate(profile.addedAt, locale, t)],
    [t("customer.lastAdminActivity"), formatDate(profile.lastAdminActivityAt, locale, t)],
  ];
  if (profile.externalId) facts.push([t("customer.externalId"), profile.externalId]);
  // Current first (the domain ranks them); a contract without the flag counts as current.
  const current = detail.subscriptions.filter((c) => c.current !== false);
  const ended = detail.subscriptions.filter((c) => c.current === false);
  const admins = detail.admins.map((a) => t("admins.row", { name: a.displayName ?? a.email, role: roleLabel(a.role, t) }));
  const body: CardElement[] = [
    heading(profile.name),
    textBlock(t("customer.statuses", { statuses }), { color: detail.statuses.some((s) => ["expiringSoon", "licenseOverage"].includes(s)) ? "Attention" : "Default" }),
    textBlock(t("customer.current", { count: current.length }), { weight: "Bolder", separator: true }),
    ...(current.length ? contractRows(current, t, locale) : [subtle(t("customer.noSubscriptions"))]),
    ...(ended.length ? [textBlock(t("customer.ended", { count: ended.length }), { weight: "Bolder", separator: true }), ...contractRows(ended, t, locale)] : []),
    textBlock(t("customer.trials", { count: detail.trials.length }), { weight: "Bolder", separator: true }),
    ...(detail.trials.length ? contractRows(detail.trials, t, locale) : [subtle(t("customer.noTrials"))]),
    factSet(facts),
    textBlock(t("customer.tags", { tags: detail.tags.join(", ") || t("common.none") }), { separator: true, size: "Small" }),
    textBlock(t("customer.admins", { admins: admins.join(", ") || t("common.none") }), { size: "Small" }),
  ];
  const actions = [
    openUrlAction(t("common.openPartnerHub"), partnerHubCustomerUrl(profile.id)),
    ...(detail.hasCallQueues ? [submitAction(t("customer.showQueues"), queuesCustomer.data({ customerId: profile.id }))] : []),
    statusDefinitionsAction(thresholds, t),
  ];
  const text = t("customer.textSummary", {
    name: profile.name,
    region: regionCode(profile.region, locale.language),
    statuses,
    subscriptions: detail.subscriptions.length,
    trials: detail.trials.length,
  });
  return { card: adaptiveCard(body, actions), text };
}
