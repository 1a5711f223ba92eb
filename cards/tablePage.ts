// The shape every listing card shares: numbers first (a fact set), their definitions on demand
// (Action.ShowCard), one clickable row per item, and previous / next buttons that carry the
// question back. At most 4 top-level actions, 10 rows: far under Webex's 28 KB.
import type { Translate } from "../domain/i18n/catalogue.js";
import {
  adaptiveCard, clickable, column, columns, factSet, heading, showCardAction, submitAction, subtle, textBlock,
  type CardElement, type CardReply,
} from "./elements.js";
import type { ActionData } from "./actions.js";

/**
 * A row as aligned columns (customer | what | when | licenses). Only an urgent cell is
 * coloured (an end within 7 days, licenses over the limit), so that what needs action stands out.
 */
export interface RowCells {
  what: string;
  /** A second, subtle line under `what` (the subscription id). */
  whatNote?: string;
  when: string;
  whenUrgent?: boolean;
  licenses: string;
  licensesUrgent?: boolean;
}

export interface TableRow {
  /** The row's name (a customer or an admin): data, shown as plain words like every card text. */
  title: string;
  /** One sentence from the catalogue. */
  detail: string;
  urgent?: boolean;
  /** When set, the row shows as columns and `detail` is only the plain-text fallback. */
  cells?: RowCells;
  /** The card action a click on the row submits. */
  select?: ActionData;
}

export interface TablePageView {
  title: string;
  kpis?: ReadonlyArray<readonly [string, string]>;
  definitions?: readonly string[];
  rows: readonly TableRow[];
  page: number;
  pageCount: number;
  /** The action data of another page of the same question. */
  pageAction?: (page: number) => ActionData;
  /** Shown instead of rows when there are none. */
  empty: string;
  /** Extra buttons (Open in Partner Hub, a toggle): keep the total at 5 or fewer. */
  actions?: CardElement[];
  /** A row of buttons under the title (the family toggle). */
  toolbar?: CardElement;
  /** A note under the rows. */
  note?: string;
  /** The whole list as a CSV file (offered when there is more than one page). */
  csv?: { data: ActionData; total: number };
}

/** Relative widths of the four columns: the name and what it is about get the room. */
const WIDTHS = [4, 4, 3, 3] as const;

/** The header of a table whose rows have cells. */
export function columnHeader(t: Translate, first: string = t("list.column.customer")): CardElement {
  const labels = [first, t("list.column.what"), t("list.column.when"), t("list.column.licenses")];
  return columns(labels.map((label, i) => column([textBlock(label, { size: "Small", weight: "Bolder", isSubtle: true })], WIDTHS[i]!)), { spacing: "Small" });
}

function cellRow(row: TableRow, cells: RowCells): CardElement {
  const small = (text: string, urgent = false, options: CardElement = {}) => textBlock(text, { size: "Small", ...(urgent ? { color: "Attention", weight: "Bolder" } : {}), ...options });
  return columns([
    column([small(row.title, false, { weight: "Bolder" })], WIDTHS[0]),
    column([small(cells.what), ...(cells.whatNote ? [small(cells.whatNote, false, { isSubtle: true, spacing: "None" })] : [])], WIDTHS[1]),
    column([small(cells.when, cells.whenUrgent)], WIDTHS[2]),
    column([small(cells.licenses, cells.licensesUrgent)], WIDTHS[3]),
  ], { spacing: "Small", separator: true });
}

export function tableRow(row: TableRow): CardElement {
  if (row.cells) return row.select ? clickable(cellRow(row, row.cells), row.select) : cellRow(row, row.cells);
  const cells = columns([
    column([
      textBlock(row.title, { weight: "Bolder", size: "Small" }),
      textBlock(row.detail, { size: "Small", spacing: "None", color: row.urgent ? "Attention" : "Default" }),
    ]),
  ], { spacing: "Small", separator: true });
  return row.select ? clickable(cells, row.select) : cells;
}

export function tablePageCard(view: TablePageView, t: Translate): CardReply {
  const body: CardElement[] = [heading(view.title)];
  if (view.toolbar) body.push(view.toolbar);
  if (view.kpis?.length) body.push(factSet(view.kpis));
  if (view.rows.length === 0) body.push(textBlock(view.empty));
  else {
    body.push(subtle(t(view.rows.some((r) => r.select) ? "common.pageOfClick" : "common.pageOf", { page: view.page, pageCount: view.pageCount })));
    if (view.rows.some((r) => r.cells)) body.push(columnHeader(t));
    body.push(...view.rows.map(tableRow));
  }
  if (view.note) body.push(subtle(view.note));
  const actions: CardElement[] = [];
  if (view.definitions?.length) actions.push(showCardAction(t("common.definitions"), view.definitions.map((d) => textBlock(d, { size: "Small" }))));
  if (view.pageAction && view.page > 1) actions.push(submitAction(t("paging.previous"), view.pageAction(view.page - 1)));
  if (view.pageAction && view.page < view.pageCount) actions.push(submitAction(t("paging.next"), view.pageAction(view.page + 1)));
  if (view.csv && view.pageCount > 1) actions.push(submitAction(t("list.restAsCsv", { count: view.csv.total }), view.csv.data));
  actions.push(...(view.actions ?? []));
  const text = [
    view.title,
    ...(view.kpis ?? []).map(([label, value]) => t("kpis.row", { label, value })),
    ...(view.rows.length ? view.rows.map((r) => t("section.textRow", { customer: r.title, detail: r.detail })) : [view.empty]),
  ].join("\n");
  return { card: adaptiveCard(body, actions.slice(0, 5)), text };
}
