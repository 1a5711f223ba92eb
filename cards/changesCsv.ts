// Every change of a `changes` digest as a CSV, attached when the card cannot list them all.
// Headers are the file's data format (not translated); the change sentence is in the space's
// language; text from imports is neutralised against formula injection.
import type { Translate } from "../domain/i18n/catalogue.js";
import type { Change } from "../domain/attention/changes.js";
import { neutraliseCell } from "../domain/reports/neutralise.js";
import { changeText } from "./changes.js";
import type { CardLocale } from "./format.js";

const quote = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export function changesCsv(changes: readonly Change[], t: Translate, locale: CardLocale): string {
  const lines = [["Customer Name", "Org ID", "Subscription ID", "Change"].join(",")];
  for (const change of changes) {
    const subscription = "subscriptionId" in change ? change.subscriptionId : "";
    lines.push([change.customerName, change.customerId, subscription, changeText(change, t, locale)].map((cell) => quote(neutraliseCell(cell))).join(","));
  }
  return `\ufeff${lines.join("\r\n")}\r\n`;
}
