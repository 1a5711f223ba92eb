// The streaming reader: the CSV's bytes in, validated rows out in batches. The first 64 KiB tell
// the dialect (detectDialect); the bytes are decoded by it (strict UTF-8, or iconv-lite for the
// Windows code pages and UTF-16), split by csv-parse (RFC 4180: quotes, doubled quotes, line
// breaks in cells, CRLF), the header row names the kind, and each row is checked with the
// kind's zod schema for the dialect. Memory holds one batch of rows, never the file.
import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parse, CsvError } from "csv-parse";
import iconv from "iconv-lite";
import { headerFor, matchColumns } from "./columns.js";
import { detectDialect, DIALECT_HEAD_BYTES, type Dialect } from "./dialect.js";
import { DETECTION_ORDER, KIND_SPECS, rowSchemaFor, type RowsOfKind } from "./kinds/index.js";
import { RefusedFile } from "./open.js";
import type { Expectation, ImportLimits, ReportKind, RowProblem } from "./types.js";

const HEAD_BYTES = DIALECT_HEAD_BYTES;
/** Rows handed to the sink at once: the unit memory is bounded by. */
export const READ_BATCH = 2000;

export interface ReadRow<K extends ReportKind = ReportKind> { row: RowsOfKind[K]; line: number }

export interface ReadOptions {
  limits: ImportLimits;
  wanted?: ReportKind;
  /** Told every few thousand rows: rows read and CSV bytes consumed so far. */
  onProgress?(rows: number, bytes: number): void;
}

export interface ReadResult {
  kind: ReportKind;
  dialect: Dialect;
  rowsRead: number;
  /** Of the CSV's bytes as they are in the file (the zip entry inflated). */
  sha256: string;
  problems: RowProblem[];
  problemCount: number;
}

/** Takes each batch of valid rows (the staging area); not called once a problem was found. */
export type RowSink = (kind: ReportKind, rows: ReadonlyArray<ReadRow>) => void | Promise<void>;

/** The first HEAD_BYTES, then the rest, without copying the stream into memory. */
async function splitHead(chunks: AsyncIterable<Buffer>): Promise<{ head: Buffer; rest: AsyncIterable<Buffer> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const parts: Buffer[] = [];
  let length = 0;
  let done = false;
  while (length < HEAD_BYTES) {
    const next = await iterator.next();
    if (next.done) { done = true; break; }
    parts.push(next.value);
    length += next.value.length;
  }
  const head = Buffer.concat(parts);
  async function* rest(): AsyncIterable<Buffer> {
    yield head;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { head, rest: rest() };
}

/** A NUL is no character of a CSV in any encoding read: the file is not text (or not in the encoding detected). */
function text(chunk: string): string {
  if (chunk.includes("\u0000")) throw new RefusedFile("notUtf8");
  return chunk;
}

/** Text from bytes in the dialect's encoding; the BOM is dropped by both decoders. */
async function* decoded(chunks: AsyncIterable<Buffer>, dialect: Dialect, seen: (bytes: Buffer) => void): AsyncIterable<string> {
  if (dialect.encoding === "utf-8") {
    // Strict: a stray Windows byte in a file said to be UTF-8 is refused, not turned into "�".
    const decoder = new TextDecoder("utf-8", { fatal: true });
    try {
      for await (const chunk of chunks) { seen(chunk); yield text(decoder.decode(chunk, { stream: true })); }
      yield text(decoder.decode());
    } catch (error) {
      if (error instanceof TypeError) throw new RefusedFile("notUtf8");
      throw error;
    }
    return;
  }
  const decoder = iconv.getDecoder(dialect.encoding, { stripBOM: true });
  for await (const chunk of chunks) { seen(chunk); yield text(decoder.write(chunk)); }
  const tail = decoder.end();
  if (tail) yield text(tail);
}

const newlines = (cells: readonly string[]): number => {
  let n = 0;
  for (const cell of cells) for (let k = cell.indexOf("\n"); k !== -1; k = cell.indexOf("\n", k + 1)) n++;
  return n;
};

export async function readReport(chunks: AsyncIterable<Buffer>, options: ReadOptions, sink: RowSink): Promise<ReadResult> {
  const { head, rest } = await splitHead(chunks);
  const dialect = detectDialect(head.subarray(0, HEAD_BYTES));
  const hash = createHash("sha256");
  let bytes = 0;
  const decodedText = decoded(rest, dialect, (chunk) => { hash.update(chunk); bytes += chunk.length; });
  // Blank lines and rows of empty cells are skipped by NumberedRecords, which counts lines
  // itself: csv-parse's `info` option builds two objects per record, a quarter of its time
  // (50,000 rows: 470 → 330 ms).
  const parser = parse({ delimiter: dialect.delimiter, relax_column_count: true, relax_quotes: true, trim: true });
  let result: ReadResult | undefined;
  try {
    await pipeline(Readable.from(decodedText), parser, async (records: AsyncIterable<string[]>) => {
      result = await validate(records, dialect, options, sink, () => bytes);
    });
  } catch (error) {
    const refused = error instanceof CsvError ? new RefusedFile("badCsv", { line: (error as CsvError & { lines?: number }).lines ?? "?" }) : error;
    if (refused instanceof RefusedFile) refused.dialect ??= dialect;
    throw refused;
  }
  if (!result) throw new RefusedFile("empty");
  result.sha256 = hash.digest("hex");
  return result;
}

/** Records with the line each starts on (its line breaks counted, quoted ones too); blank lines and rows of blank cells skipped. */
class NumberedRecords {
  private readonly iterator: AsyncIterator<string[]>;
  private nextLine = 1;
  line = 0;

  constructor(records: AsyncIterable<string[]>) {
    this.iterator = records[Symbol.asyncIterator]();
  }

  async next(): Promise<string[] | undefined> {
    for (;;) {
      const next = await this.iterator.next();
      if (next.done) return undefined;
      const record = next.value;
      this.line = this.nextLine;
      this.nextLine += 1 + newlines(record);
      if (record.some((cell) => cell !== "")) return record;
    }
  }
}

async function validate(records: AsyncIterable<string[]>, dialect: Dialect, options: ReadOptions, sink: RowSink, bytesRead: () => number): Promise<ReadResult> {
  const numbered = new NumberedRecords(records);
  const header = await numbered.next();
  if (!header) throw new RefusedFile("empty");
  const detected = DETECTION_ORDER.find((kind) => matchColumns(KIND_SPECS[kind], header) !== null) ?? null;
  const { wanted, limits } = options;
  if (wanted && detected !== wanted) throw new RefusedFile(detected ? "wrongKind" : "unknownKind", { wanted, found: detected ?? "" }, wanted);
  if (!detected) throw new RefusedFile("unknownKind", { headers: header.slice(0, 6).map((h) => h.trim()).join(", ") });
  const spec = KIND_SPECS[detected];
  const schema = rowSchemaFor(detected, dialect);
  const matched = matchColumns(spec, header)!;
  const keys = [...matched.keys()];
  const problems: RowProblem[] = [];
  let problemCount = 0;
  let rowsRead = 0;
  let batch: ReadRow[] = [];
  for (let record = await numbered.next(); record; record = await numbered.next()) {
    rowsRead++;
    const line = numbered.line;
    const input: Record<string, string> = {};
    for (const column of spec.columns) input[column.key] = "";
    for (const key of keys) input[key] = record[matched.get(key)!] ?? "";
    const parsed = schema.safeParse(input);
    if (parsed.success) {
      // Once a row is bad nothing will land: keep reading only to count and list problems.
      if (problemCount === 0) batch.push({ row: parsed.data, line });
    } else {
      for (const issue of parsed.error.issues) {
        problemCount++;
        if (problems.length >= limits.maxProblems) continue;
        const key = String(issue.path[0] ?? "");
        problems.push({ line, column: headerFor(spec, header, matched, key), value: input[key] ?? "", expected: issue.message as Expectation });
      }
    }
    if (batch.length >= READ_BATCH) {
      if (problemCount === 0) await sink(detected, batch);
      batch = [];
    }
    if (rowsRead % 5000 === 0) options.onProgress?.(rowsRead, bytesRead());
  }
  if (batch.length > 0 && problemCount === 0) await sink(detected, batch);
  options.onProgress?.(rowsRead, bytesRead());
  if (rowsRead === 0) throw new RefusedFile("noRows", {}, detected);
  return { kind: detected, dialect, rowsRead, sha256: "", problems, problemCount };
}
