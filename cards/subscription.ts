// One subscription or trial: its dates, license lines and order history, with the way back to
// its customer.
import type { Translate } from "../domain/i18n/catalogue.js";
import type { ContractDetail } from "../domain/analytics/customerDetail.js";
import { adaptiveCard, factSet, heading, openUrlAction, submitAction, subtle, textBlock, type CardElement, type CardReply } from "./elements.js";
import { formatDate, formatNumber, partnerHubCustomerUrl, type CardLocale } from "./format.js";
import { contractStateLabel, productLabel } from "./contractLabels.js";
import { customerShow } from "./actions.js";

export interface SubscriptionView {
  customerId: string;
  customerName: string;
  kind: "subscription" | "trial";
  contract: ContractDetail;
}

/** Order history can be long; the card shows the newest. */
export const MAX_ORDER_ROWS = 10;

export function subscriptionCard(view: SubscriptionView, t: Translate, locale: CardLocale): CardReply {
  const { contract } = view;
  const title = t(view.kind === "trial" ? "subscription.trialTitle" : "subscription.title", { id: contract.id });
  const n = (value: number) => formatNumber(value, locale, t);
  const lines = contract.licenses.map((line) => t("subscription.licenseRow", {
    product: productLabel(line.product, t), total: n(line.total), assigned: n(line.assigned), used: n(line.used), available: n(line.available),
  }));
  const orders = contract.orders.slice(0, MAX_ORDER_ROWS).map((order) => t("subscription.orderRow", {
    date: formatDate(order.placedAt, locale, t),
    kind: ["new", "renewal", "change", "cancellation"].includes(order.kind) ? t(`order.${order.kind as "new"}`) : order.kind,
    summary: order.summary,
  }));
  const body: CardElement[] = [
    heading(title),
    factSet([
      [t("subscription.customer"), view.customerName],
      [t("subscription.state"), contractStateLabel(contract.status, t)],
      [t("subscription.startAt"), formatDate(contract.startAt, locale, t)],
      [t(contract.autoRenew ? "subscription.renewAt" : "subscription.endAt"), formatDate(contract.endAt, locale, t)],
      [t("subscription.autoRenew"), t(contract.autoRenew ? "common.yes" : "common.no")],
    ]),
    textBlock(t("subscription.licenses"), { weight: "Bolder", separator: true }),
    ...(lines.length ? lines.map((line) => textBlock(line, { size: "Small", spacing: "None" })) : [subtle(t("common.none"))]),
    textBlock(t("subscription.orders"), { weight: "Bolder", separator: true }),
    ...(orders.length ? orders.map((line) => textBlock(line, { size: "Small", spacing: "None" })) : [subtle(t("subscription.noOrders"))]),
  ];
  if (contract.orders.length > MAX_ORDER_ROWS) body.push(subtle(t("common.andMore", { count: contract.orders.length - MAX_ORDER_ROWS })));
  const actions = [
    submitAction(t("subscription.backToCustomer", { name: view.customerName }), customerShow.data({ customerId: view.customerId })),
    openUrlAction(t("common.openPartnerHub"), partnerHubCustomerUrl(view.customerId)),
  ];
  return { card: adaptiveCard(body, actions), text: [title, view.customerName, ...lines].join("\n") };
}
