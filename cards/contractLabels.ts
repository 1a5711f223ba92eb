// The one-line description of a subscription or trial, shared by the customer and trial cards.
import type { Translate } from "../domain/i18n/catalogue.js";
import type { ContractDetail } from "../domain/analytics/customerDetail.js";
import type { MessageKey } from "../domain/i18n/catalogue.js";
import { formatDate, formatNumber, type CardLocale } from "./format.js";

export function contractStateLabel(status: string, t: Translate): string {
  const key = `contract.${status}` as MessageKey;
  return ["active", "expired", "suspended", "pending_setup", "cancelled"].includes(status) ? t(key) : status;
}

export function productLabel(product: string, t: Translate): string {
  return ["meetings", "calling_professional", "calling_standard", "rtt", "webinars"].includes(product)
    ? t(`product.${product}` as MessageKey)
    : t("product.other");
}

export function endLabel(contract: Pick<ContractDetail, "endAt" | "autoRenew">, t: Translate, locale: CardLocale): string {
  if (!contract.endAt) return t("customer.noEnd");
  const date = formatDate(contract.endAt, locale, t);
  return t(contract.autoRenew ? "customer.renewsOn" : "customer.endsOn", { date });
}

export function contractLabel(contract: ContractDetail, t: Translate, locale: CardLocale): string {
  const licenses = contract.licenses.reduce((sum, line) => sum + line.total, 0);
  return t("customer.contractRow", {
    state: contractStateLabel(contract.status, t),
    ends: endLabel(contract, t, locale),
    licenses: formatNumber(licenses, locale, t),
  });
}
