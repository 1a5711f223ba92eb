// How a report file was saved: its encoding, delimiter and the conventions of its values.
// A partner who opens Partner Hub's export in a European spreadsheet and saves it again gets
// semicolons, a Windows code page or UTF-16, day-first dates and decimal commas; the import
// reads each of these and says in its result what it detected.
// The streaming reader (prepare/read) decodes and splits by `encoding` and `delimiter`; the row
// schemas (kinds/, cells.ts) read dates, decimals and booleans by the rest.

export type Encoding = "utf-8" | "utf-16le" | "windows-1252" | "windows-1250";
export type Delimiter = "," | ";" | "\t";

export interface Dialect {
  encoding: Encoding;
  /** The file began with a byte-order mark (skipped before parsing). */
  bom: boolean;
  delimiter: Delimiter;
  /** Dates like 04/12/2026 are day first (true), month first (false), or not yet known (null). */
  dayFirst: boolean | null;
  /** Numbers are written with a decimal comma (1.234,5). */
  decimalComma: boolean;
}

export const DEFAULT_DIALECT: Dialect = { encoding: "utf-8", bom: false, delimiter: ",", dayFirst: null, decimalComma: false };

/** The dialect of a file from its first bytes (up to 64 KiB of the one CSV, before decoding). */
export function detectDialect(head: Uint8Array): Dialect {
  const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
  return { ...DEFAULT_DIALECT, bom };
}
