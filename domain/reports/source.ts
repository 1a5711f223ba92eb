// What every report source shares: who asks, when, and the rows as pages, so that a report of
// any size is written with a page of rows in memory at a time.
import type { Db } from "../store/client.js";
import type { CustomerFilter, Viewer } from "../analytics/filter.js";
import type { FamilySelection } from "../analytics/types.js";
import type { CsvCell } from "./neutralise.js";
import type { Prisma } from "../store/client.js";
import { rowObject, rowReaderOf, type RowTable } from "../store/rowReader.js";
import { customerScope } from "../analytics/scope.js";
import { DEFAULT_ANALYTICS_SETTINGS } from "../analytics/settings.js";

export interface ReportQuery {
  db: Db;
  now: Date;
  viewer: Viewer;
  filter: CustomerFilter;
  /** The Meetings / Calling toggle of the analytics sections ("both": either family, a row each). */
  family: FamilySelection;
  /** Rows per page read from the store. */
  pageSize?: number;
  /** The IANA time zone whose calendar counts days and months left (the space's; UTC unset). */
  timeZone?: string;
}

export type ReportRecord = Record<string, CsvCell>;
export type ReportSource = (query: ReportQuery) => AsyncIterable<ReportRecord[]>;

export const DEFAULT_PAGE_SIZE = 2000;

/** yyyy-mm-dd in UTC, the date format of Partner Hub's CSV reports. */
export const isoDay = (at: Date | null): string => (at ? at.toISOString().slice(0, 10) : "");

const UTC_ISO_TEXT = /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|\+00:00)$/;

/**
 * The UTC day of a date column as a driver returns it: a Date (pg), or the ISO text Prisma
 * writes into SQLite, which already starts with the day (parsing 100,000 of them was a
 * tenth of a report's time).
 */
export function utcDay(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string" && UTC_ISO_TEXT.test(value)) return value.slice(0, 10);
  return isoDay(value instanceof Date ? value : new Date(String(value)));
}

/**
 * Keyset pagination shared by the report sources: `page(after)` reads the rows that follow the
 * position `after` (undefined for the first page), `positionAfter(page)` is where the next page
 * starts (its last row's key). Memory holds one page whatever the report's size.
 */
export async function* keysetPages<Position>(
  pageSize: number,
  page: (after: Position | undefined) => Promise<RowTable>,
  positionAfter: (page: RowTable) => Position,
): AsyncIterable<RowTable> {
  let after: Position | undefined;
  for (;;) {
    const table = await page(after);
    if (table.rows.length === 0) return;
    yield table;
    if (table.rows.length < pageSize) return;
    after = positionAfter(table);
  }
}

/** The last row of a non-empty page. */
export const lastRow = (table: RowTable): unknown[] => table.rows[table.rows.length - 1]!;

type RowObject = Record<string, unknown>;

/**
 * The records of a keyset-paged query read through the driver, each row handed over as an
 * object by column name (for sources where readability beats the speed of arrays):
 * `select(after, scope, pageSize)` is one page's SQL within the asker's scope, `positionAfter`
 * the key the next page starts after.
 */
export async function* keysetRecords<Position>(
  query: ReportQuery,
  select: (after: Position | undefined, scope: Prisma.Sql, pageSize: number) => Prisma.Sql,
  positionAfter: (last: RowObject) => Position,
  toRecord: (row: RowObject) => ReportRecord,
): AsyncIterable<ReportRecord[]> {
  const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
  const scope = customerScope(query.filter, query.viewer, query.now, DEFAULT_ANALYTICS_SETTINGS);
  const reader = rowReaderOf(query.db);
  const pages = keysetPages(
    pageSize,
    (after: Position | undefined) => reader.rows(select(after, scope, pageSize)),
    (page) => positionAfter(rowObject(page, lastRow(page))),
  );
  for await (const page of pages) yield page.rows.map((row) => toRecord(rowObject(page, row)));
}
