// "How these are counted" for customer statuses: the thresholds behind "expiring soon" and "no
// recent activity" are settings, so the card says which values are in force.
import type { Translate } from "../domain/i18n/catalogue.js";
import type { AnalyticsSettings } from "../domain/analytics/settings.js";
import { showCardAction, textBlock, type CardElement } from "./elements.js";

export type StatusThresholds = Pick<AnalyticsSettings, "expiringSoonDays" | "inactivityDays">;

export function statusDefinitionsAction(thresholds: StatusThresholds, t: Translate): CardElement {
  const sentence = t("customers.def.statuses", { expiringDays: thresholds.expiringSoonDays, inactivityDays: thresholds.inactivityDays });
  return showCardAction(t("common.definitions"), [textBlock(sentence, { size: "Small" })]);
}
