// When something scheduled is due: daily, weekly on a weekday, or monthly on a day, at HH:MM
// wall-clock time in an IANA time zone. A monthly day the month does not have (31 in
// February, 30 in February, 31 in April) runs on the month's last day instead: a monthly
// report is never skipped. Due times are computed from the calendar, never accumulated.
import { z } from "zod";
import { addLocalDays, daysInMonth, instantOf, isTimeZone, isoWeekday, wallClock, type LocalDate } from "./zonedTime.js";

export const FREQUENCIES = ["daily", "weekly", "monthly"] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const hhmmSchema = z.string().regex(/^([01]?\d|2[0-3]):[0-5]\d$/, { message: "commandArg.time" })
  .transform((value) => value.padStart(5, "0"));
export const timeZoneSchema = z.string().refine(isTimeZone, { message: "commandArg.timeZone" });

export const scheduleSpecSchema = z.object({
  frequency: z.enum(FREQUENCIES),
  dayOfWeek: z.number().int().min(1).max(7).nullable(),
  dayOfMonth: z.number().int().min(1).max(31).nullable(),
  time: hhmmSchema,
  timeZone: timeZoneSchema,
});
export type ScheduleSpec = z.infer<typeof scheduleSpecSchema>;

function runsOn(spec: ScheduleSpec, date: LocalDate): boolean {
  if (spec.frequency === "daily") return true;
  if (spec.frequency === "weekly") return isoWeekday(date) === (spec.dayOfWeek ?? 1);
  const wanted = Math.min(spec.dayOfMonth ?? 1, daysInMonth(date.year, date.month));
  return date.day === wanted;
}

/** The first due time strictly after `after`. */
export function nextDueAfter(spec: ScheduleSpec, after: Date): Date {
  const [hour, minute] = spec.time.split(":").map(Number) as [number, number];
  const start = wallClock(after, spec.timeZone);
  // A month and a bit covers every monthly spec; start a day early for zones behind UTC.
  for (let offset = -1; offset <= 40; offset++) {
    const date = addLocalDays(start, offset);
    if (!runsOn(spec, date)) continue;
    const due = instantOf({ ...date, hour, minute }, spec.timeZone);
    if (due.getTime() > after.getTime()) return due;
  }
  throw new Error(`no due time within 40 days for ${JSON.stringify(spec)}`);
}

/** Due times in (from, to], oldest first, at most `limit` (the newest ones are kept). */
export function dueTimesBetween(spec: ScheduleSpec, from: Date, to: Date, limit = 100): Date[] {
  const due: Date[] = [];
  for (let at = nextDueAfter(spec, from); at.getTime() <= to.getTime(); at = nextDueAfter(spec, at)) {
    due.push(at);
    if (due.length > limit) due.shift();
  }
  return due;
}
