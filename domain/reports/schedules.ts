// The report_schedules repository: a space's schedules, created by `schedule`, listed by
// `schedules`, ended by `unschedule`, and read by the scheduler at every tick.
import { z } from "zod";
import type { Db } from "../store/client.js";
import { customerFilterSchema, type CustomerFilter } from "../analytics/filter.js";
import type { AnalyticsFamily } from "../analytics/types.js";
import { scheduleSpecSchema, type ScheduleSpec } from "../schedule/spec.js";
import { alphanumericId } from "./csvReport.js";

/** What a schedule stores in `filters`: the customer filter and the analytics toggle. */
export const storedReportOptionsSchema = z.object({
  filter: customerFilterSchema.default({}),
  family: z.enum(["meetings", "calling"]).default("meetings"),
});
export type StoredReportOptions = z.infer<typeof storedReportOptionsSchema>;

export interface ReportSchedule {
  id: string;
  spaceId: string;
  template: string;
  spec: ScheduleSpec;
  filter: CustomerFilter;
  family: AnalyticsFamily;
  createdBy: string;
  createdAt: Date;
  /** Since when it is paused because its creator may no longer schedule; null while it runs. */
  pausedAt: Date | null;
}

type Row = Awaited<ReturnType<Db["reportSchedule"]["findFirstOrThrow"]>>;

/** A stored row as a schedule; undefined when the row no longer parses (it is then skipped and logged). */
export function scheduleOf(row: Row): ReportSchedule | undefined {
  const spec = scheduleSpecSchema.safeParse({
    frequency: row.frequency, dayOfWeek: row.dayOfWeek, dayOfMonth: row.dayOfMonth, time: row.time, timeZone: row.timeZone,
  });
  let options: unknown;
  try { options = JSON.parse(row.filters); } catch { options = undefined; }
  const parsed = storedReportOptionsSchema.safeParse(options ?? {});
  if (!spec.success || !parsed.success) return undefined;
  return {
    id: row.id, spaceId: row.spaceId, template: row.template, spec: spec.data, filter: parsed.data.filter,
    family: parsed.data.family, createdBy: row.createdBy, createdAt: new Date(row.createdAt), pausedAt: row.pausedAt ? new Date(row.pausedAt) : null,
  };
}

export async function createSchedule(
  db: Db,
  input: { spaceId: string; template: string; spec: ScheduleSpec; options: StoredReportOptions; createdBy: string; now: Date },
): Promise<ReportSchedule> {
  const row = await db.reportSchedule.create({
    data: {
      id: alphanumericId(8).toLowerCase(), spaceId: input.spaceId, template: input.template, frequency: input.spec.frequency,
      dayOfWeek: input.spec.dayOfWeek, dayOfMonth: input.spec.dayOfMonth, time: input.spec.time, timeZone: input.spec.timeZone,
      filters: JSON.stringify(input.options), createdBy: input.createdBy, createdAt: input.now,
    },
  });
  return scheduleOf(row)!;
}

export async function spaceSchedules(db: Db, spaceId: string): Promise<ReportSchedule[]> {
  const rows = await db.reportSchedule.findMany({ where: { spaceId, active: true }, orderBy: { createdAt: "asc" } });
  return rows.map(scheduleOf).filter((s): s is ReportSchedule => s !== undefined);
}

export async function activeScheduleRows(db: Db): Promise<Row[]> {
  return db.reportSchedule.findMany({ where: { active: true }, orderBy: { id: "asc" } });
}

/**
 * Pauses a schedule whose creator may no longer schedule. True only for the one call that paused
 * it (a compare-and-set, so of several instances one tells the space); false if already paused.
 */
export async function pauseSchedule(db: Db, id: string, now: Date): Promise<boolean> {
  const paused = await db.reportSchedule.updateMany({ where: { id, pausedAt: null }, data: { pausedAt: now } });
  return paused.count > 0;
}

/** Lets a paused schedule run again (its creator may schedule again). */
export async function resumeSchedule(db: Db, id: string): Promise<void> {
  await db.reportSchedule.updateMany({ where: { id, pausedAt: { not: null } }, data: { pausedAt: null } });
}

/** Ends a schedule of this space; false when the space has no such schedule. */
export async function endSchedule(db: Db, spaceId: string, id: string): Promise<boolean> {
  const ended = await db.reportSchedule.updateMany({ where: { id, spaceId, active: true }, data: { active: false } });
  return ended.count > 0;
}
