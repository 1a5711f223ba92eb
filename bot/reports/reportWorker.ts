// The process a report is written in (forked by generateReport.ts): it opens the store's file or
// server with the driver reader, writes the CSV to a temporary file, answers with where it is,
// and exits. It never queries through Prisma for the driver-read templates, so Prisma's query
// compiler is not loaded; its memory is the report's and is returned to the system at exit.
import { z } from "zod";
import { createClient } from "../../domain/store/client.js";
import { attachRowReader, createRowReader } from "../../domain/store/rowReader.js";
import { findTemplate } from "../../domain/reports/templates.js";
import { reportToFile } from "./reportToFile.js";
import { reportJob, type ReportJobResult } from "./reportJob.js";

function answer(result: ReportJobResult): Promise<void> {
  return new Promise((resolve) => process.send!(result, undefined, undefined, () => resolve()));
}

async function run(message: unknown): Promise<ReportJobResult> {
  const parsed = reportJob.safeParse(message);
  if (!parsed.success) return { ok: false, message: `the report job is malformed: ${z.prettifyError(parsed.error)}` };
  const job = parsed.data;
  const found = findTemplate(job.templateId);
  if (found?.kind !== "report") return { ok: false, message: `no report template ${job.templateId}` };
  // Constructing the client loads nothing: only a template that reads through Prisma (the
  // analytics sections) pays for its query compiler.
  const db = createClient(job.databaseUrl);
  const reader = createRowReader(job.databaseUrl);
  attachRowReader(db, reader, job.databaseUrl);
  try {
    const query = { db, now: job.now, viewer: job.viewer, filter: job.filter, family: job.family, pageSize: job.pageSize };
    const file = await reportToFile(found.template, query, job.timeZone);
    return { ok: true, file, peakRssBytes: process.resourceUsage().maxRSS * 1024 };
  } finally {
    await reader.close();
    await db.$disconnect();
  }
}

// The bot going away (a crash, SIGKILL) closes the channel: nothing is left to answer to.
process.on("disconnect", () => process.exit(0));
process.once("message", (message: unknown) => {
  void run(message)
    .catch((error: unknown): ReportJobResult => ({ ok: false, message: (error as Error).message ?? String(error) }))
    .then(answer)
    .then(() => process.exit(0));
});
