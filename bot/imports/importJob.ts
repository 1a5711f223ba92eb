// What the bot (or the CLI) asks an import worker process for, and what the worker says back:
// the contract between runImport.ts and importWorker.ts, checked with zod on the worker's side.
import { z } from "zod";
import { IMPORT_SOURCES, REPORT_KINDS, type ImportOutcome, type ImportProgress } from "../../domain/import/types.js";

export const importJob = z.strictObject({
  databaseUrl: z.string().min(1),
  /** The file to import (a temporary file for a dropped one); the worker only reads it. */
  path: z.string().min(1),
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
});
export type ImportJob = z.infer<typeof importJob>;

/** Messages from the worker: progress (any number), then exactly one result. */
export type ImportWorkerMessage =
  | { type: "progress"; progress: ImportProgress }
  | { type: "done"; outcome: ImportOutcome; peakRssBytes: number }
  | { type: "failed"; message: string };
