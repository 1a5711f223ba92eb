// The daily alert card of a space: what reached a threshold, what went over its license
// limit, who was suspended, since the last scan. Long lists stop at a few rows per group and
// point to the full report, to keep the card well under Webex's size limit.
import type { Translate } from "../domain/i18n/catalogue.js";
import { formatDate, type CardLocale } from "./format.js";
import { regionCode } from "../domain/regionCodes.js";
import type { AlertFindings } from "../domain/alerts/scan.js";
import { adaptiveCard, heading, subtle, textBlock, type CardElement, type CardReply } from "./elements.js";

export const ROWS_PER_GROUP = 10;

export interface AlertCardView {
  findings: AlertFindings;
  /** When the scan was due: the card's date, in the space's zone. */
  date: Date;
  /** Earlier scans that were missed while the bot was offline. */
  missed: number;
}

function group<Row>(title: string, rows: readonly Row[], line: (row: Row) => string, t: Translate): CardElement[] {
  if (rows.length === 0) return [];
  const shown = rows.slice(0, ROWS_PER_GROUP).map((row) => textBlock(line(row), { spacing: "Small" }));
  const more = rows.length > ROWS_PER_GROUP ? [subtle(t("alerts.card.more", { count: rows.length - ROWS_PER_GROUP }))] : [];
  return [textBlock(title, { weight: "Bolder", separator: true }), ...shown, ...more];
}

export function alertCard(view: AlertCardView, t: Translate, locale: CardLocale): CardReply {
  const { expiring, overages, suspended } = view.findings;
  const body: CardElement[] = [
    heading(t("alerts.card.title", { date: formatDate(view.date, locale, t) })),
    ...(view.missed > 0 ? [subtle(t("alerts.card.missedNote", { count: view.missed }))] : []),
    ...group(t("alerts.card.expiringHeading", { count: expiring.length }), expiring, (f) => t("alerts.card.expiringRow", {
      customer: f.customerName, kind: t(`alerts.kind.${f.type}`), subscription: f.subscriptionId,
      date: formatDate(f.endAt, locale, t), days: f.daysLeft, threshold: f.threshold,
    }), t),
    ...group(t("alerts.card.overageHeading", { count: overages.length }), overages, (f) => t("alerts.card.overageRow", {
      customer: f.customerName, subscription: f.subscriptionId, overage: f.overage,
    }), t),
    ...group(t("alerts.card.suspendedHeading", { count: suspended.length }), suspended, (f) => t("alerts.card.suspendedRow", {
      customer: f.customerName, region: regionCode(f.region, locale.language),
    }), t),
  ];
  const text = t("alerts.text", { expiring: expiring.length, overages: overages.length, suspended: suspended.length });
  return { text, card: adaptiveCard(body) };
}
