// How a report file was saved: its encoding, delimiter and the conventions of its values.
// A partner who opens Partner Hub's export in a European spreadsheet and saves it again gets
// semicolons, a Windows code page or UTF-16, day-first dates and decimal commas; the import
// reads each of these and says in its result what it detected.
// The streaming reader (prepare/read) decodes and splits by `encoding` and `delimiter`; the row
// schemas (kinds/, cells.ts) read dates, decimals and booleans by the rest.
//
// What counts as a signal (README "Importing data" says the same to users):
// - Encoding: a byte-order mark says UTF-8 or UTF-16LE; UTF-16LE without a mark shows as a zero
//   in most odd bytes; bytes that are valid UTF-8 are UTF-8; anything else is a Windows code page,
//   Windows-1250 (Central European) when its letters read as letters there and as symbols in
//   Windows-1252 (Polish ą ł ż ś ź: "Wroc³aw" in 1252, "Wrocław" in 1250), else Windows-1252.
// - Delimiter: the character among , ; tab that occurs most often outside quotes in the header.
// - Decimal comma: a number in the head written 12,5 or 1.234,5 (and none written 12.5 or
//   1,234.5); with no such number, a semicolon-separated file (spreadsheets use ; where the
//   decimal mark is a comma). 1,234 and 1.234 alone say nothing: either could be a thousands group.
// - Day-first dates, from the values first: a date written with dots (04.12.2026) is day first
//   in every locale that writes it; 25/11/2026 (first part over 12) says days first, 11/25/2026
//   says months first, anywhere in the head, since a spreadsheet writes all its dates alike.
//   Only when the values are silent does the locale speak: a semicolon-separated file, a decimal
//   comma or Windows-1250 come from locales that all write the day first. Otherwise the order is
//   unknown (null) and a date like 04/12/2026 is refused, never guessed (cells.ts).
import iconv from "iconv-lite";

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

/** Bytes looked at by detectDialect; the streaming reader passes at most this many. */
export const DIALECT_HEAD_BYTES = 64 * 1024;

/** The dialect of a file from its first bytes (up to 64 KiB of the one CSV, before decoding). */
export function detectDialect(head: Uint8Array): Dialect {
  const bytes = head.subarray(0, DIALECT_HEAD_BYTES);
  const { encoding, bom } = detectEncoding(bytes);
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(bomBytes({ bom, encoding })), encoding, { stripBOM: false });
  const delimiter = detectDelimiter(text);
  const cells = sampleCells(text, delimiter);
  const decimals = numberEvidence(cells);
  const decimalComma = decimals ?? delimiter === ";";
  const dates = dateEvidence(cells);
  const dayFirst = dates ?? (delimiter === ";" || decimalComma || encoding === "windows-1250" ? true : null);
  return { encoding, bom, delimiter, dayFirst, decimalComma };
}

/** Bytes of the byte-order mark the reader skips before decoding (0 when the file has none). */
export const bomBytes = (dialect: Pick<Dialect, "bom" | "encoding">): number => (!dialect.bom ? 0 : dialect.encoding === "utf-8" ? 3 : 2);

function detectEncoding(bytes: Uint8Array): { encoding: Encoding; bom: boolean } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", bom: true };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", bom: true };
  if (looksUtf16le(bytes)) return { encoding: "utf-16le", bom: false };
  if (isUtf8(bytes)) return { encoding: "utf-8", bom: false };
  return { encoding: centralEuropean(bytes) ? "windows-1250" : "windows-1252", bom: false };
}

/** Text in UTF-16LE has a zero in nearly every odd byte (ASCII headers, digits, separators). */
function looksUtf16le(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 8) return false;
  let zeros = 0;
  for (let i = 1; i < n; i += 2) if (bytes[i] === 0 && bytes[i - 1] !== 0) zeros++;
  return zeros >= (n / 2) * 0.8;
}

function isUtf8(bytes: Uint8Array): boolean {
  // The head may end inside a character: drop an incomplete sequence of up to 3 bytes at its end.
  let end = bytes.length;
  for (let k = 1; k <= 3 && end - k >= 0; k++) {
    const b = bytes[end - k]!;
    if (b >= 0xc0) { if (k < (b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2)) end -= k; break; }
    if (b < 0x80) break;
  }
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}

const isLetter = (c: string | undefined): boolean => c !== undefined && /\p{L}/u.test(c);

/**
 * Windows-1250 or -1252: each byte above 0x7f that sits next to a letter (inside a word) votes
 * for the code page that reads it as a letter, when only one does. Western letters (é, ü, ñ, ç)
 * are letters in both and do not vote, so a tie stays Windows-1252.
 */
function centralEuropean(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const as1250 = iconv.decode(buffer, "windows-1250");
  const as1252 = iconv.decode(buffer, "windows-1252");
  let votes = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! < 0x80) continue;
    const a = as1250[i];
    const b = as1252[i];
    const inWord = (s: string) => isLetter(s[i - 1]) || isLetter(s[i + 1]);
    if (isLetter(a) && !isLetter(b) && inWord(as1250)) votes++;
    else if (isLetter(b) && !isLetter(a) && inWord(as1252)) votes--;
  }
  return votes > 0;
}

/** Splits a header line into fields by `delimiter`, outside quotes. */
function countOutsideQuotes(line: string, delimiter: Delimiter): number {
  let count = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === delimiter && !quoted) count++;
  }
  return count;
}

function detectDelimiter(text: string): Delimiter {
  const header = text.split(/\r?\n|\r/).find((line) => line.trim() !== "") ?? "";
  let best: Delimiter = ",";
  let most = 0;
  for (const d of [",", ";", "\t"] as const) {
    const n = countOutsideQuotes(header, d);
    if (n > most) { best = d; most = n; }
  }
  return best;
}

/** Every cell of the head after the header row (quote-aware; the last, maybe cut, line included). */
function sampleCells(text: string, delimiter: Delimiter): string[] {
  const cells: string[] = [];
  let field = "";
  let quoted = false;
  let line = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') { field += '"'; i++; }
      else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === delimiter || c === "\n" || c === "\r") {
      if (line > 0) cells.push(field.trim());
      field = "";
      if (c === "\n" || (c === "\r" && text[i + 1] !== "\n")) line++;
    } else field += c;
  }
  if (line > 0) cells.push(field.trim());
  return cells;
}

/** true: some number has a decimal comma and none a decimal point; false: the reverse; null: no word. */
function numberEvidence(cells: readonly string[]): boolean | null {
  let comma = false;
  let point = false;
  for (const cell of cells) {
    const s = cell.replace(/[\s\u00a0\u202f]/g, "");
    if (/^-?\d+,(\d{1,2}|\d{4,})$/.test(s) || /^-?\d{1,3}(\.\d{3})+,\d+$/.test(s)) comma = true;
    else if (/^-?\d+\.(\d{1,2}|\d{4,})$/.test(s) || /^-?\d{1,3}(,\d{3})+\.\d+$/.test(s)) point = true;
  }
  return comma === point ? null : comma;
}

/** A date with the year last: 04.12.2026, 04/12/2026, 4-12-2026, with an optional time after it. */
export const YEAR_LAST_DATE = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?$/;

/** true: the dates are day first; false: month first; null: nothing says (or the dates disagree). */
function dateEvidence(cells: readonly string[]): boolean | null {
  let dayFirst = false;
  let monthFirst = false;
  for (const cell of cells) {
    const m = YEAR_LAST_DATE.exec(cell);
    if (!m) continue;
    if (m[2] === "." || Number(m[1]) > 12) dayFirst = true;
    else if (Number(m[3]) > 12) monthFirst = true;
  }
  return dayFirst === monthFirst ? null : dayFirst;
}
