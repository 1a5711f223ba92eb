// The aligned table of `today` and `changes`: a header row, then one clickable row per item,
// each cell in the same column. Urgent rows (ending within 7 days, over the limit) are the only
// coloured ones, so they stand out.
import type { ActionData } from "./actions.js";
import { clickable, column, columns, textBlock, type CardElement } from "./elements.js";

export interface AttentionRow {
  cells: readonly string[];
  urgent: boolean;
  select: ActionData;
}

/** Column widths: the customer's name gets the most room. */
export type Widths = readonly number[];

export function headerRow(labels: readonly string[], widths: Widths): CardElement {
  return columns(labels.map((label, i) => column([textBlock(label, { weight: "Bolder", size: "Small", isSubtle: true })], widths[i] ?? 1)), { spacing: "Medium" });
}

export function attentionRow(row: AttentionRow, widths: Widths): CardElement {
  const cells = row.cells.map((cell, i) => column([
    textBlock(cell, { size: "Small", weight: i === 0 ? "Bolder" : "Default", color: row.urgent && i > 0 ? "Attention" : "Default" }),
  ], widths[i] ?? 1));
  return clickable(columns(cells, { spacing: "Small", separator: true }), row.select);
}
