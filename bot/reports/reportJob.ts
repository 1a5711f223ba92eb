// What the bot asks a report worker process for, and what it answers: the contract between
// generateReport.ts and reportWorker.ts, checked with zod on the worker's side of the pipe.
import { z } from "zod";
import { customerFilterSchema, viewerSchema } from "../../domain/analytics/filter.js";
import { FAMILY_SELECTIONS } from "../../domain/analytics/types.js";
import type { ReportOnDisk } from "./reportToFile.js";

export const reportJob = z.strictObject({
  templateId: z.string().min(1),
  databaseUrl: z.string().min(1),
  /** Dates cross the pipe as Dates: the channel uses structured clone ("advanced"). */
  now: z.date(),
  viewer: viewerSchema,
  filter: customerFilterSchema,
  family: z.enum(FAMILY_SELECTIONS),
  timeZone: z.string().min(1),
  pageSize: z.number().int().min(1).optional(),
});
export type ReportJob = z.infer<typeof reportJob>;

/** The worker's peak resident memory (the kernel's high-water mark) goes back with the file. */
export type ReportJobResult = { ok: true; file: ReportOnDisk; peakRssBytes: number } | { ok: false; message: string };
