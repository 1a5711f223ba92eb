// One customer, as Partner Hub's customer page shows it: profile, statuses, subscriptions and
// trials (a click opens one with its license lines and order history), tags and the partner
// admins assigned to it.
import type { Translate } from "../domain/i18n/catalogue.js";
import type { ContractDetail, CustomerDetail } from "../domain/analytics/customerDetail.js";
import { factSet, heading, openUrlAction, submitAction, subtle, textBlock, adaptiveCard, type CardElement, type CardReply } from "./elements.js";
import { formatDate, formatNumber, partnerHubCustomerUrl, regionLabel, roleLabel, type CardLocale } from "./format.js";
import { tableRow } from "./tablePage.js";
import { queuesCustomer, subscriptionShow } from "./actions.js";
import { contractLabel } from "./contractLabels.js";
import { regionCode } from "../domain/regionCodes.js";
import { statusDefinitionsAction, type StatusThresholds } from "./statusDefinitions.js";

/** A customer can have many contracts; the card shows the first few and says how many more. */
export const MAX_CONTRACT_ROWS = 8;

function contractRows(contracts: readonly ContractDetail[], t: Translate, locale: CardLocale): CardElement[] {
  const rows = contracts.slice(0, MAX_CONTRACT_ROWS).map((contract) => tableRow({
    title: contract.id,
    detail: contractLabel(contract, t, locale),
    urgent: contract.status === "suspended" || contract.status === "expired",
    select: subscriptionShow.data({ subscriptionId: contract.id }),
  }));
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
  const admins = detail.admins.map((a) => t("admins.row", { name: a.displayName ?? a.email, role: roleLabel(a.role, t) }));
  const body: CardElement[] = [
    heading(profile.name),
    textBlock(t("customer.statuses", { statuses }), { color: detail.statuses.some((s) => ["suspended", "expired", "expiringSoon", "licenseOverage"].includes(s)) ? "Attention" : "Default" }),
    factSet(facts),
    textBlock(t("customer.subscriptions", { count: detail.subscriptions.length }), { weight: "Bolder", separator: true }),
    ...(detail.subscriptions.length ? contractRows(detail.subscriptions, t, locale) : [subtle(t("customer.noSubscriptions"))]),
    textBlock(t("customer.trials", { count: detail.trials.length }), { weight: "Bolder", separator: true }),
    ...(detail.trials.length ? contractRows(detail.trials, t, locale) : [subtle(t("customer.noTrials"))]),
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
