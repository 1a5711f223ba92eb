// How a report kind declares its columns, and how a file's header row is matched against them.
import { z } from "zod";
import type { Cells } from "./cells.js";
import type { ReportKind } from "./types.js";

export interface ColumnSpec {
  key: string;
  /** Header names that mean this column (Partner Hub's own first); compared through headerKey. */
  headers: readonly string[];
  /** A file of this kind always has it; kind detection relies on required columns. */
  required: boolean;
}

export interface KindSpec<Row> {
  kind: ReportKind;
  columns: readonly ColumnSpec[];
  /** The row schema for a file without dialect signals (ISO dates, decimal points). */
  row: z.ZodType<Row, Record<string, string>>;
  /** The row schema for cells read in a file's dialect (see kinds/index.ts rowSchemaFor). */
  rowFor: (cells: Cells) => z.ZodType<Row, Record<string, string>>;
}

export const col = (key: string, required: boolean, ...headers: string[]): ColumnSpec => ({ key, headers, required });

/** Column key -> index in the header row, or null when a required column is missing. */
export function matchColumns(spec: KindSpec<unknown>, header: readonly string[]): Map<string, number> | null {
  const positions = new Map<string, number>();
  header.forEach((name, index) => {
    const key = headerKey(name);
    if (!positions.has(key)) positions.set(key, index);
  });
  const matched = new Map<string, number>();
  for (const column of spec.columns) {
    const index = column.headers.map((h) => positions.get(headerKey(h))).find((i) => i !== undefined);
    if (index !== undefined) matched.set(column.key, index);
    else if (column.required) return null;
  }
  return matched;
}

/** The header a user sees for `key` in this file (as written there), for problem messages. */
export function headerFor(spec: KindSpec<unknown>, header: readonly string[], matched: Map<string, number>, key: string): string {
  const index = matched.get(key);
  return index !== undefined ? header[index]!.trim() : spec.columns.find((c) => c.key === key)?.headers[0] ?? key;
}

/** A header as the kinds compare it: no case, accents, spaces, quotes or punctuation. */
export function headerKey(header: string): string {
  return header.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z0-9]/g, "");
}
