// Reports are written in a child process (reportWorker.ts), a few at a time. Measured on a
// 100,000-row report (bench/reports.bench.ts): written in the bot's own process, a report
// grew the bot by 60-80 MB of heap and page cache that V8 hands back late, on top of a
// process already holding the Webex SDK and Prisma; in a worker, its memory is the worker's
// and ends with it, and its second of CSV work runs on another core while the bot answers.
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { ReportQuery } from "../../domain/reports/source.js";
import type { ReportTemplate } from "../../domain/reports/templates.js";
import { databaseUrlOf } from "../../domain/store/rowReader.js";
import type { ReportJob, ReportJobResult } from "./reportJob.js";
import { reportToFile, type ReportOnDisk } from "./reportToFile.js";

/** Workers at once; more reports wait their turn rather than multiply the memory. */
const MAX_WORKERS = 2;
/** The heap a worker may grow to: pages keep it far below, so reaching it is a bug, loudly. */
const WORKER_HEAP_MB = 256;

let running = 0;
const waiting: (() => void)[] = [];

async function turn(): Promise<() => void> {
  if (running >= MAX_WORKERS) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  return () => {
    running--;
    waiting.shift()?.();
  };
}

// Run from TypeScript (tests, `npm run dev`), the worker needs tsx's loader; from dist/, not.
const fromSource = import.meta.url.endsWith(".ts");
const workerUrl = new URL(fromSource ? "./reportWorker.ts" : "./reportWorker.js", import.meta.url);
const loader = fromSource ? ["--import", import.meta.resolve("tsx")] : [];

export interface GeneratedReport extends ReportOnDisk {
  /** Peak RSS of the worker process that wrote it; absent when written in this process. */
  workerPeakRssBytes?: number;
}

function inWorker(job: ReportJob): Promise<GeneratedReport> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(workerUrl), [], {
      execArgv: [...loader, `--max-old-space-size=${WORKER_HEAP_MB}`],
      serialization: "advanced",
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    let result: ReportJobResult | undefined;
    child.once("message", (message) => { result = message as ReportJobResult; });
    child.once("error", reject);
    child.once("exit", (code, signal) => {
      if (result?.ok) resolve({ ...result.file, workerPeakRssBytes: result.peakRssBytes });
      else reject(new Error(result?.message ?? `the report worker stopped (${signal ?? `exit code ${code}`}) before it finished`));
    });
    child.send(job);
  });
}

/** Writes the report to a temporary file; in a worker process when `query.db` came from openStore. */
export async function generateReport(template: ReportTemplate, query: ReportQuery, timeZone: string): Promise<GeneratedReport> {
  const databaseUrl = databaseUrlOf(query.db);
  // A bare client (no store URL to reopen) writes in this process, as before.
  if (!databaseUrl) return reportToFile(template, query, timeZone);
  const done = await turn();
  try {
    return await inWorker({
      templateId: template.id, databaseUrl, now: query.now, viewer: query.viewer, filter: query.filter, family: query.family, timeZone,
      ...(query.pageSize === undefined ? {} : { pageSize: query.pageSize }),
    });
  } finally {
    done();
  }
}
