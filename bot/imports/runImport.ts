// Imports run in a worker process (importWorker.ts), like reports: the bot's memory and event
// loop are untouched while a 200,000-row file is parsed and validated. One import at a time per
// store: a second file waits its turn (two would only contend for the same write lock). A
// worker that dies (out of memory, kill -9) lands nothing, and its caller gets the refusal
// "stopped" to tell the space. A file dropped in a space is downloaded by its worker, which
// starts at once and waits for its turn on the store with the file on disk: the bot only routes.
import { fork } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ImportOutcome, ImportProgress } from "../../domain/import/types.js";
import { WebexApiError } from "../webex/errors.js";
import type { ImportJob, ImportWorkerMessage } from "./importJob.js";

/** Parsing keeps one batch in memory: reaching this heap is a bug, and it fails loudly. */
const WORKER_HEAP_MB = 256;
/**
 * Every row read lives until its batch is staged, so scavenges copy most of what they find: the
 * row schema over 50,000 rows, a batch kept, took 630 ms with the young generation V8 sizes for a
 * 256 MB heap and 456 ms with 16 MB semi-spaces. 32 MB took the 200,000-row peak to 289-300 MiB.
 */
const WORKER_SEMI_SPACE_MB = 16;
/**
 * V8 allocates straight into the old generation at a site whose objects mostly survive their
 * first scavenge (pretenuring), and rows waiting for their batch do. In about one worker in two
 * it did so: its scavenges took 6–9 ms instead of 2, the old generation filled twice as often
 * (13 mark-compacts while reading instead of 6–8), and reading 50,000 rows took 1.7–1.8 s instead
 * of 1.3–1.4 s. With pretenuring off: 1.33–1.41 s in every run, the peak RSS the same.
 */
const WORKER_V8_FLAGS = [`--max-old-space-size=${WORKER_HEAP_MB}`, `--max-semi-space-size=${WORKER_SEMI_SPACE_MB}`, "--no-allocation-site-pretenuring"];

const fromSource = import.meta.url.endsWith(".ts");
const workerUrl = new URL(fromSource ? "./importWorker.ts" : "./importWorker.js", import.meta.url);
const loader = fromSource ? ["--import", import.meta.resolve("tsx")] : [];

/** The tail of each store's queue: the next import starts when this settles. */
const queues = new Map<string, Promise<unknown>>();
/**
 * Imports per store not answered yet, by the order they came in. A worker that has answered may
 * still be copying its WAL (at most seconds): the next import waits for it without telling the
 * space it waits, since for the person who just read the result nothing is in progress.
 */
const unanswered = new Map<string, Set<number>>();
let arrivals = 0;

export interface ImportRun {
  outcome: ImportOutcome;
  /** Peak RSS of the worker process; absent when it died before answering. */
  workerPeakRssBytes?: number;
  /**
   * Settles when the worker has ended. It answers first: on SQLite it then copies the landing's
   * WAL into the store (importWorker.ts), which nobody has to wait for but the next import.
   */
  ended: Promise<void>;
}

export interface RunImportHooks {
  /** Called once when the import has to wait for another one on the same store. */
  onWaiting?(): void;
  onProgress?(progress: ImportProgress): void;
  /** The worker's process id, as soon as it is forked (tests stop it to prove a crash lands nothing). */
  onStarted?(pid: number): void;
  /** A downloading worker has the file on disk: its name (Content-Disposition) and size. */
  onDownloaded?(file: { fileName: string; bytes: number }): void;
}

/** When a worker may start on the store: `ours` settles then, `isOurs` says whether it has. */
interface Turn {
  ours: Promise<void>;
  isOurs(): boolean;
  /** An import that came in before this one is not answered yet: worth telling the space. */
  behindAnother(): boolean;
}

function stopped(fileName: string): ImportOutcome {
  return { ok: false, fileName, kind: null, rowsRead: 0, refusal: "stopped", details: {}, problems: [], moreProblems: 0 };
}

function inWorker(request: ImportJob, hooks: RunImportHooks, turn: Turn): { result: Promise<ImportRun>; ended: Promise<void> } {
  // The worker's scratch file lives here; removed when the worker ends, even by SIGKILL.
  const scratchDir = mkdtempSync(path.join(tmpdir(), "partnerhub-importing-"));
  const job: ImportJob = { ...request, scratchDir };
  // A downloaded file's name comes from the worker: a worker killed later is reported with it.
  let fileName = job.fileName;
  const child = fork(fileURLToPath(workerUrl), [], {
    execArgv: [...loader, ...WORKER_V8_FLAGS],
    serialization: "advanced",
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const ended = new Promise<void>((done) => {
    child.once("exit", () => done());
    child.once("error", () => done());
  }).finally(() => rmSync(scratchDir, { recursive: true, force: true }));
  const result = new Promise<ImportRun>((resolve, reject) => {
    if (child.pid !== undefined) hooks.onStarted?.(child.pid);
    child.on("message", (message: ImportWorkerMessage) => {
      if (message.type === "progress") hooks.onProgress?.(message.progress);
      else if (message.type === "downloaded") {
        fileName = message.fileName;
        hooks.onDownloaded?.({ fileName: message.fileName, bytes: message.bytes });
        if (!turn.isOurs() && turn.behindAnother()) hooks.onWaiting?.();
        void turn.ours.then(() => { if (child.connected) child.send({ type: "go" }); });
      }
      else if (message.type === "downloadFailed") reject(new WebexApiError(message.status, message.path, message.reason));
      else if (message.type === "done") resolve({ outcome: message.outcome, workerPeakRssBytes: message.peakRssBytes, ended });
      else reject(new Error(`the import worker failed: ${message.message}`));
    });
    child.once("error", reject);
    // Killed or out of memory before answering: nothing landed (one transaction, at the end).
    child.once("exit", () => resolve({ outcome: stopped(fileName), ended }));
    child.send(job);
  });
  return { result, ended };
}

export function runImport(job: ImportJob, hooks: RunImportHooks = {}): Promise<ImportRun> {
  const before = queues.get(job.databaseUrl);
  const arrival = arrivals++;
  const pending = unanswered.get(job.databaseUrl) ?? new Set<number>();
  unanswered.set(job.databaseUrl, pending.add(arrival));
  const behindAnother = () => [...(unanswered.get(job.databaseUrl) ?? [])].some((earlier) => earlier < arrival);
  let isOurs = false;
  const ours = (before ?? Promise.resolve()).catch(() => undefined).then(() => { isOurs = true; });
  const turn: Turn = { ours, isOurs: () => isOurs, behindAnother };
  let started: Promise<ReturnType<typeof inWorker>>;
  if (job.download) {
    // Downloading does not touch the store: it starts now, and the worker says when it is waiting.
    started = Promise.resolve(inWorker(job, hooks, turn));
  } else {
    if (behindAnother()) hooks.onWaiting?.();
    started = ours.then(() => inWorker(job, hooks, turn));
  }
  const run = started.then((worker) => worker.result);
  // On `run` itself, registered before the caller's own await: counted down before it reads the result.
  const answered = () => {
    const left = unanswered.get(job.databaseUrl);
    left?.delete(arrival);
    if (left?.size === 0) unanswered.delete(job.databaseUrl);
  };
  run.then(answered, answered);
  const tail = started.then((worker) => worker.ended);
  queues.set(job.databaseUrl, tail);
  void tail.then(() => { if (queues.get(job.databaseUrl) === tail) queues.delete(job.databaseUrl); });
  return run;
}
