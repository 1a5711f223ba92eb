// The process an import runs in (forked by runImport.ts): it opens the store, streams the file
// through importReport, relays progress, answers with the outcome and exits. Parsing, zod and
// the staging file are its memory and its CPU, never the bot's; a crash (even kill -9) here
// leaves the store as it was, because rows land in one transaction at the very end.
import { z } from "zod";
import { fixedClock } from "../../domain/clock.js";
import { importReport } from "../../domain/import/index.js";
import { createClient } from "../../domain/store/client.js";
import { engineOf } from "../../domain/store/engine.js";
import { attachDriver, createDriver } from "../../domain/store/driver.js";
import { importJob, type ImportWorkerMessage } from "./importJob.js";

function say(message: ImportWorkerMessage): Promise<void> {
  return new Promise((resolve) => process.send!(message, undefined, undefined, () => resolve()));
}

async function run(message: unknown): Promise<ImportWorkerMessage> {
  const parsed = importJob.safeParse(message);
  if (!parsed.success) return { type: "failed", message: `the import job is malformed: ${z.prettifyError(parsed.error)}` };
  const job = parsed.data;
  const db = createClient(job.databaseUrl);
  // PostgreSQL: the staged rows go to the store through pg, not Prisma (domain/import/importTables.ts).
  const driver = engineOf(job.databaseUrl) === "postgres" ? createDriver(job.databaseUrl, { max: 1 }) : undefined;
  if (driver) attachDriver(db, driver);
  try {
    // A landing rewrites the rollups' indexes: SQLite's default 2 MB page cache would reread
    // their pages from the file over and over. 16 MB: the worker's peak RSS stays in its budget.
    if (engineOf(job.databaseUrl) === "sqlite") await db.$executeRawUnsafe("PRAGMA cache_size = -16384");
    const outcome = await importReport({
      db, path: job.path, fileName: job.fileName, actor: job.actor, source: job.source, kind: job.kind, region: job.region,
      clock: fixedClock(job.now), ...(job.scratchDir && { scratchDir: job.scratchDir }), limits: { maxBytes: job.maxBytes, ...(job.maxProblems && { maxProblems: job.maxProblems }) },
      onProgress: (progress) => { void say({ type: "progress", progress }); },
    });
    return { type: "done", outcome, peakRssBytes: process.resourceUsage().maxRSS * 1024 };
  } finally {
    await driver?.close();
    await db.$disconnect();
  }
}

// The bot going away (a crash, SIGKILL) closes the channel: nothing is left to answer to, and
// an import not yet landed must not land behind its back.
process.on("disconnect", () => process.exit(0));
process.once("message", (message: unknown) => {
  void run(message)
    .catch((error: unknown): ImportWorkerMessage => ({ type: "failed", message: (error as Error).message ?? String(error) }))
    .then(say)
    .then(() => process.exit(0));
});
