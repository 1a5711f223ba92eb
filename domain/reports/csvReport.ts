// Writes a report as CSV with csv-writer, a page of rows at a time: memory holds one page of
// records and the CSV text written so far, never the rows of the whole report. Every text cell
// is neutralised against formula injection first. The file starts with a UTF-8 BOM, as Partner
// Hub's own downloads do, so that spreadsheets read accents right.
import { randomBytes } from "node:crypto";
import { createArrayCsvStringifier } from "csv-writer";
import { localDateText } from "../schedule/zonedTime.js";
import { csvCells } from "./neutralise.js";
import type { ReportQuery } from "./source.js";
import type { ReportTemplate } from "./templates.js";

const ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** A random alphanumeric id (the middle part of Partner Hub's file names, and schedule ids). */
export function alphanumericId(length = 10): string {
  return [...randomBytes(length)].map((byte) => ALPHANUMERIC[byte % ALPHANUMERIC.length]).join("");
}

/** `<Template Name>_<alphanumeric id>_<download date>.csv`, the date in the space's time zone. */
export function reportFileName(template: ReportTemplate, now: Date, timeZone: string, id = alphanumericId()): string {
  return `${template.name}_${id}_${localDateText(now, timeZone)}.csv`;
}

/** Streams the report to `write`; resolves with the number of data rows. */
export async function writeReportCsv(template: ReportTemplate, query: ReportQuery, write: (chunk: string) => void | Promise<void>): Promise<number> {
  // Records become cell arrays in column order in one pass: csv-writer's object stringifier
  // looked every cell up by a nested path, a quarter of the CSV time on large reports.
  const columns = query.family === "both" && template.familyColumn ? [...template.columns, { id: "family", title: "Product" }] : template.columns;
  const columnIds = columns.map((c) => c.id);
  const stringifier = createArrayCsvStringifier({ header: columns.map((c) => c.title) });
  await write(`\ufeff${stringifier.getHeaderString() ?? ""}`);
  let rows = 0;
  for await (const page of template.rows(query)) {
    await write(stringifier.stringifyRecords(page.map((record) => csvCells(record, columnIds))));
    rows += page.length;
  }
  return rows;
}

export interface ReportFile { name: string; content: Buffer; rows: number }

/** The report as one file to post (Webex takes a file in one multipart body). */
export async function reportFile(template: ReportTemplate, query: ReportQuery, timeZone: string): Promise<ReportFile> {
  const chunks: Buffer[] = [];
  const rows = await writeReportCsv(template, query, (chunk) => { chunks.push(Buffer.from(chunk, "utf8")); });
  return { name: reportFileName(template, query.now, timeZone), content: Buffer.concat(chunks), rows };
}
