// What the bot (or the CLI) asks an import worker process for, and what the worker says back:
// the contract between runImport.ts and importWorker.ts, checked with zod on the worker's side.
import { z } from "zod";
import { IMPORT_SOURCES, REPORT_KINDS, type ImportOutcome, type ImportProgress } from "../../domain/import/types.js";

/**
 * A file dropped in a space, for the worker to download itself (bot/webex/download.ts): the
 * bot's process never holds its bytes. The token travels over the IPC channel only, never in
 * argv, env or a log line.
 */
export const fileDownload = z.strictObject({
  url: z.url(),
  apiBase: z.url(),
  token: z.string().min(1),
});

export const importJob = z.strictObject({
  databaseUrl: z.string().min(1),
  /** The file to import, on disk (the CLI); the worker only reads it. Or `download`. */
  path: z.string().min(1).optional(),
  download: fileDownload.optional(),
  /** The name the result names; a downloaded file's comes from its Content-Disposition. */
  fileName: z.string(),
  actor: z.string().min(1),
  source: z.enum(IMPORT_SOURCES),
  kind: z.enum(REPORT_KINDS).optional(),
  region: z.string().min(1).optional(),
  /** "Now" of the import: the batch record and the fallback periods are dated by it. */
  now: z.date(),
  maxBytes: z.number().int().positive(),
  maxProblems: z.number().int().positive().optional(),
  /** The folder for the staged rows: runImport removes it after the worker ends, however it ends. */
  scratchDir: z.string().min(1).optional(),
}).refine((job) => (job.path === undefined) !== (job.download === undefined), "exactly one of path and download");
export type ImportJob = z.infer<typeof importJob>;

/** The bot's go-ahead to a worker that downloaded its file: the store is free for it now. */
export type ImportGo = { type: "go" };

/**
 * Messages from the worker. A downloading one says "downloaded" (then waits for "go") or
 * "downloadFailed" (Webex's status: 413 is the size limit); then progress (any number), then
 * exactly one result.
 */
export type ImportWorkerMessage =
  | { type: "downloaded"; fileName: string; bytes: number }
  | { type: "downloadFailed"; status: number; path: string; reason: string }
  | { type: "progress"; progress: ImportProgress }
  | { type: "done"; outcome: ImportOutcome; peakRssBytes: number }
  | { type: "failed"; message: string };
