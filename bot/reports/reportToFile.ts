// A report written to a temporary file a page of rows at a time, so that neither building nor
// posting it (the outbox streams files from disk) holds the whole report in memory.
import { createWriteStream } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { once } from "node:events";
import { tmpdir } from "node:os";
import path from "node:path";
import { reportFileName, writeReportCsv } from "../../domain/reports/csvReport.js";
import type { ReportQuery } from "../../domain/reports/source.js";
import type { ReportTemplate } from "../../domain/reports/templates.js";

export interface ReportOnDisk { name: string; path: string; rows: number; bytes: number }

export async function reportToFile(template: ReportTemplate, query: ReportQuery, timeZone: string): Promise<ReportOnDisk> {
  const name = reportFileName(template, query.now, timeZone);
  const file = path.join(await mkdtemp(path.join(tmpdir(), "partnerhub-report-")), name);
  const out = createWriteStream(file);
  let bytes = 0;
  try {
    const rows = await writeReportCsv(template, { ...query, timeZone }, async (chunk) => {
      bytes += Buffer.byteLength(chunk);
      if (!out.write(chunk)) await once(out, "drain");
    });
    out.end();
    await once(out, "finish");
    return { name, path: file, rows, bytes };
  } catch (error) {
    out.destroy();
    throw error;
  }
}
