// Imports run in a worker process (importWorker.ts), like reports: the bot's memory and event
// loop are untouched while a 200,000-row file is parsed and validated. One import at a time per
// store: a second file waits its turn (two would only contend for the same write lock). A
// worker that dies (out of memory, kill -9) lands nothing, and its caller gets the refusal
// "stopped" to tell the space.
import { fork } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ImportOutcome, ImportProgress } from "../../domain/import/types.js";
import type { ImportJob, ImportWorkerMessage } from "./importJob.js";

/** Parsing keeps one batch in memory: reaching this heap is a bug, and it fails loudly. */
const WORKER_HEAP_MB = 256;

const fromSource = import.meta.url.endsWith(".ts");
const workerUrl = new URL(fromSource ? "./importWorker.ts" : "./importWorker.js", import.meta.url);
const loader = fromSource ? ["--import", import.meta.resolve("tsx")] : [];

/** The tail of each store's queue: the next import starts when this settles. */
const queues = new Map<string, Promise<unknown>>();

export interface ImportRun {
  outcome: ImportOutcome;
  /** Peak RSS of the worker process; absent when it died before answering. */
  workerPeakRssBytes?: number;
}

export interface RunImportHooks {
  /** Called once when the import has to wait for another one on the same store. */
  onWaiting?(): void;
  onProgress?(progress: ImportProgress): void;
  /** The worker's process id, as soon as it is forked (tests stop it to prove a crash lands nothing). */
  onStarted?(pid: number): void;
}

function stopped(job: ImportJob): ImportOutcome {
  return { ok: false, fileName: job.fileName, kind: null, rowsRead: 0, refusal: "stopped", details: {}, problems: [], moreProblems: 0 };
}

function inWorker(request: ImportJob, hooks: RunImportHooks): Promise<ImportRun> {
  // The worker's scratch file lives here; removed when the worker ends, even by SIGKILL.
  const scratchDir = mkdtempSync(path.join(tmpdir(), "partnerhub-importing-"));
  const job: ImportJob = { ...request, scratchDir };
  return new Promise<ImportRun>((resolve, reject) => {
    const child = fork(fileURLToPath(workerUrl), [], {
      execArgv: [...loader, `--max-old-space-size=${WORKER_HEAP_MB}`],
      serialization: "advanced",
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    if (child.pid !== undefined) hooks.onStarted?.(child.pid);
    let result: Extract<ImportWorkerMessage, { type: "done" | "failed" }> | undefined;
    child.on("message", (message: ImportWorkerMessage) => {
      if (message.type === "progress") hooks.onProgress?.(message.progress);
      else result = message;
    });
    child.once("error", reject);
    child.once("exit", () => {
      if (result?.type === "done") resolve({ outcome: result.outcome, workerPeakRssBytes: result.peakRssBytes });
      else if (result?.type === "failed") reject(new Error(`the import worker failed: ${result.message}`));
      // Killed or out of memory before answering: nothing landed (one transaction, at the end).
      else resolve({ outcome: stopped(job) });
    });
    child.send(job);
  }).finally(() => rmSync(scratchDir, { recursive: true, force: true }));
}

export function runImport(job: ImportJob, hooks: RunImportHooks = {}): Promise<ImportRun> {
  const before = queues.get(job.databaseUrl);
  if (before) hooks.onWaiting?.();
  const run = (before ?? Promise.resolve()).catch(() => undefined).then(() => inWorker(job, hooks));
  const tail = run.catch(() => undefined);
  queues.set(job.databaseUrl, tail);
  void tail.then(() => { if (queues.get(job.databaseUrl) === tail) queues.delete(job.databaseUrl); });
  return run;
}
