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

/** One cell of a row's columns after its title: a value, a subtle note under it, urgency. */
export interface GridCell {
  text: string;
  note?: string;
  urgent?: boolean;
}

/** The columns of a table other than customer | what | when | licenses: header labels and relative widths, title column included. */
export interface Grid {
  header: readonly string[];
  widths: readonly number[];
}

export interface TableRow {
  /** The row's name (a customer or an admin): data, shown as plain words like every card text. */
  title: string;
  /** One sentence from the catalogue. */
  detail: string;
  urgent?: boolean;
  /** When set, the row shows as columns and `detail` is only the plain-text fallback. */
  cells?: RowCells;
  /** The cells after the title under the view's `grid` header (instead of `cells`). */
  gridCells?: readonly GridCell[];
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
  /** The header of rows with `gridCells`. */
  grid?: Grid;
}

/** Relative widths of the four columns: the name and what it is about get the room. */
const WIDTHS = [4, 4, 3, 3] as const;

function defaultGrid(t: Translate, first: string): Grid {
  return { header: [first, t("list.column.what"), t("list.column.when"), t("list.column.licenses")], widths: WIDTHS };
}

/** The header of a table whose rows have cells. */
export function columnHeader(t: Translate, first: string = t("list.column.customer")): CardElement {
  return gridHeader(defaultGrid(t, first));
}

export function gridHeader(grid: Grid): CardElement {
  return columns(grid.header.map((label, i) => column([textBlock(label, { size: "Small", weight: "Bolder", isSubtle: true })], grid.widths[i] ?? 1)), { spacing: "Small" });
}

function cellsOf(cells: RowCells): GridCell[] {
  return [{ text: cells.what, note: cells.whatNote }, { text: cells.when, urgent: cells.whenUrgent }, { text: cells.licenses, urgent: cells.licensesUrgent }];
}

function gridRow(title: string, cells: readonly GridCell[], widths: readonly number[]): CardElement {
  const small = (text: string, options: CardElement = {}) => textBlock(text, { size: "Small", ...options });
  return columns([
    column([small(title, { weight: "Bolder" })], widths[0] ?? 1),
    ...cells.map((cell, i) => column([
      small(cell.text, cell.urgent ? { color: "Attention", weight: "Bolder" } : {}),
      ...(cell.note ? [small(cell.note, { isSubtle: true, spacing: "None" })] : []),
    ], widths[i + 1] ?? 1)),
  ], { spacing: "Small", separator: true });
}

export function tableRow(row: TableRow, grid?: Grid): CardElement {
  const cells = row.gridCells && grid ? row.gridCells : row.cells ? cellsOf(row.cells) : undefined;
  if (cells) {
    const element = gridRow(row.title, cells, row.gridCells && grid ? grid.widths : WIDTHS);
    return row.select ? clickable(element, row.select) : element;
  }
  const element = columns([
    column([
      textBlock(row.title, { weight: "Bolder", size: "Small" }),
      textBlock(row.detail, { size: "Small", spacing: "None", color: row.urgent ? "Attention" : "Default" }),
    ]),
  ], { spacing: "Small", separator: true });
  return row.select ? clickable(element, row.select) : element;
}

export function tablePageCard(view: TablePageView, t: Translate): CardReply {
  const body: CardElement[] = [heading(view.title)];
  if (view.toolbar) body.push(view.toolbar);
  if (view.kpis?.length) body.push(factSet(view.kpis));
  if (view.rows.length === 0) body.push(textBlock(view.empty));
  else {
    body.push(subtle(t(view.rows.some((r) => r.select) ? "common.pageOfClick" : "common.pageOf", { page: view.page, pageCount: view.pageCount })));
    if (view.grid && view.rows.some((r) => r.gridCells)) body.push(gridHeader(view.grid));
    else if (view.rows.some((r) => r.cells)) body.push(columnHeader(t));
    body.push(...view.rows.map((row) => tableRow(row, view.grid)));
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
