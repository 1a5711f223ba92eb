// What every report source shares: who asks, when, and the rows as pages, so that a report of
// any size is written with a page of rows in memory at a time.
import type { Db } from "../store/client.js";
import type { CustomerFilter, Viewer } from "../analytics/filter.js";
import type { AnalyticsFamily } from "../analytics/types.js";
import type { CsvCell } from "./neutralise.js";

export interface ReportQuery {
  db: Db;
  now: Date;
  viewer: Viewer;
  filter: CustomerFilter;
  /** The Meetings / Calling toggle of the analytics sections. */
  family: AnalyticsFamily;
  /** Rows per page read from the store. */
  pageSize?: number;
}

export type ReportRecord = Record<string, CsvCell>;
export type ReportSource = (query: ReportQuery) => AsyncIterable<ReportRecord[]>;

export const DEFAULT_PAGE_SIZE = 2000;

/** yyyy-mm-dd in UTC, the date format of Partner Hub's CSV reports. */
export const isoDay = (at: Date | null): string => (at ? at.toISOString().slice(0, 10) : "");

type Row = Record<string, unknown>;

/**
 * Keyset pagination shared by the report sources: `page(after)` reads the rows that follow the
 * position `after` (undefined for the first page), `positionAfter(last)` is where the next page
 * starts. Memory holds one page whatever the report's size.
 */
export async function* keysetPages<Position>(
  pageSize: number,
  page: (after: Position | undefined) => Promise<Row[]>,
  positionAfter: (last: Row) => Position,
): AsyncIterable<Row[]> {
  let after: Position | undefined;
  for (;;) {
    const rows = await page(after);
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < pageSize) return;
    after = positionAfter(rows[rows.length - 1]!);
  }
}
