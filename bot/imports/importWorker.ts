// The process an import runs in (forked by runImport.ts): it downloads a dropped file (so its
// bytes never pass through the bot's process), opens the store when the bot says it is its
// turn, streams the file through importReport, relays progress, answers with the outcome and exits. Parsing, zod and
// the staging file are its memory and its CPU, never the bot's; a crash (even kill -9) here
// leaves the store as it was, because rows land in one transaction at the very end.
import { z } from "zod";
import { fixedClock } from "../../domain/clock.js";
import { importReport } from "../../domain/import/index.js";
import { createClient, type Db } from "../../domain/store/client.js";
import { engineOf } from "../../domain/store/engine.js";
import { attachDriver, createDriver } from "../../domain/store/driver.js";
import { downloadToFile, type DownloadedFile } from "../webex/download.js";
import { WebexApiError } from "../webex/errors.js";
import { importJob, type ImportJob, type ImportWorkerMessage } from "./importJob.js";

/** How long the worker keeps trying to copy all of its WAL into the store (checkpoint()). */
const CHECKPOINT_PATIENCE_MS = 5000;

function say(message: ImportWorkerMessage): Promise<void> {
  return new Promise((resolve) => process.send!(message, undefined, undefined, () => resolve()));
}

async function landingPragmas(db: Db): Promise<void> {
  // A landing rewrites the rollups' indexes: SQLite's default 2 MB page cache would reread
  // their pages from the file over and over. 16 MB: the worker's peak RSS stays in its budget.
  await db.$executeRawUnsafe("PRAGMA cache_size = -16384");
  // The commit does not checkpoint (the landing's WAL is the size of the store it wrote):
  // checkpoint() does, once the result is known.
  await db.$queryRawUnsafe("PRAGMA wal_autocheckpoint = 0");
  // The landing ends with ANALYZE of the whole store (domain/analytics/rollups.ts): 0.6 s of
  // 50,000 rows, 1.8 s of 200,000, reading every index whole. Sampled, as SQLite's own
  // PRAGMA optimize does, the planners get the same picture of tables this size.
  await db.$queryRawUnsafe("PRAGMA analysis_limit = 1000");
}

/**
 * Copies the landing's WAL into the store here, where it blocks nobody, rather than leave it to
 * the bot: its acknowledging thread would hold acks for as long (bot/inbox/ackThread.ts). A
 * reader of the bot may pin older frames for a moment (PASSIVE skips those): tried again until
 * all are copied, for at most CHECKPOINT_PATIENCE_MS.
 */
async function checkpoint(db: Db): Promise<void> {
  const deadline = Date.now() + CHECKPOINT_PATIENCE_MS;
  for (;;) {
    const [state] = await db.$queryRawUnsafe<Array<{ busy: unknown; log: unknown; checkpointed: unknown }>>("PRAGMA wal_checkpoint(PASSIVE)");
    if (!state || Number(state.checkpointed) >= Number(state.log) || Date.now() > deadline) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Resolves on the bot's "go": a downloaded file waits here for its turn on the store. */
let goAhead: () => void = () => undefined;
const turn = new Promise<void>((resolve) => { goAhead = resolve; });

/** Downloads the job's file into its scratch folder; undefined when Webex refused (the bot was told). */
async function download(job: ImportJob): Promise<DownloadedFile | undefined> {
  try {
    return await downloadToFile(job.download!, { maxBytes: job.maxBytes, ...(job.scratchDir && { parentDir: job.scratchDir }) });
  } catch (error) {
    if (!(error instanceof WebexApiError)) throw error;
    // The bot rebuilds the error from these (413 is the size limit's sentence); the token is in none of them.
    await say({ type: "downloadFailed", status: error.status, path: error.path, reason: error.reason });
    return undefined;
  }
}

async function run(message: unknown): Promise<void> {
  const parsed = importJob.safeParse(message);
  if (!parsed.success) return say({ type: "failed", message: `the import job is malformed: ${z.prettifyError(parsed.error)}` });
  const job = parsed.data;
  let file: DownloadedFile | undefined;
  if (job.download) {
    file = await download(job);
    if (!file) return;
    await say({ type: "downloaded", fileName: file.name, bytes: file.bytes });
    await turn;
  }
  try {
    await importFile({ ...job, path: file?.path ?? job.path!, fileName: file?.name ?? job.fileName });
  } finally {
    await file?.dispose();
  }
}

async function importFile(job: ImportJob & { path: string }): Promise<void> {
  const db = createClient(job.databaseUrl);
  // PostgreSQL: the staged rows go to the store through pg, not Prisma (domain/import/importTables.ts).
  const driver = engineOf(job.databaseUrl) === "postgres" ? createDriver(job.databaseUrl, { max: 1 }) : undefined;
  if (driver) attachDriver(db, driver);
  try {
    const sqlite = engineOf(job.databaseUrl) === "sqlite";
    if (sqlite) await landingPragmas(db);
    const outcome = await importReport({
      db, path: job.path, fileName: job.fileName, actor: job.actor, source: job.source, kind: job.kind, region: job.region,
      clock: fixedClock(job.now), ...(job.scratchDir && { scratchDir: job.scratchDir }), limits: { maxBytes: job.maxBytes, ...(job.maxProblems && { maxProblems: job.maxProblems }) },
      onProgress: (progress) => { void say({ type: "progress", progress }); },
    });
    await say({ type: "done", outcome, peakRssBytes: process.resourceUsage().maxRSS * 1024 });
    // After the answer: the import is committed (and durable in the WAL), so the space is told
    // now; the next import on this store waits for this process to end (runImport.ts).
    if (sqlite) await checkpoint(db).catch(() => undefined);
  } finally {
    await driver?.close();
    await db.$disconnect();
  }
}

// The bot going away (a crash, SIGKILL) closes the channel: nothing is left to answer to, and
// an import not yet landed must not land behind its back.
process.on("disconnect", () => process.exit(0));
let started = false;
process.on("message", (message: unknown) => {
  if (started) {
    if ((message as { type?: unknown } | null)?.type === "go") goAhead();
    return;
  }
  started = true;
  void run(message)
    .catch((error: unknown) => say({ type: "failed", message: (error as Error).message ?? String(error) }))
    .then(() => process.exit(0));
});
