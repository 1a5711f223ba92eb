// The words of `schedule <template> daily|weekly <day>|monthly <day> at HH:MM [time zone]`,
// parsed with zod into a template word and a schedule spec. Problems are reported at the word
// that is wrong, in a sentence that says what to type instead.
import { z } from "zod";
import { ownEntry } from "../text.js";
import { FREQUENCIES, hhmmSchema, timeZoneSchema, type Frequency } from "./spec.js";

const WEEKDAYS: Record<string, number> = {
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thurs: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};

export interface ScheduleWords {
  template: string;
  frequency: Frequency;
  dayOfWeek: number | null;
  dayOfMonth: number | null;
  time: string;
  /** Unset: the space's time zone. */
  timeZone?: string;
}

export const scheduleWordsSchema = z.array(z.string()).transform((words, ctx): ScheduleWords => {
  const fail = (index: number, message: string): never => {
    ctx.addIssue({ code: "custom", message, path: [index] });
    return z.NEVER as never;
  };
  const [template, frequencyWord] = words;
  if (!template) return fail(0, "name the report, for example subscriptions");
  const frequency = frequencyWord?.toLowerCase() as Frequency | undefined;
  if (!frequency || !FREQUENCIES.includes(frequency)) return fail(1, "say daily, weekly <day> or monthly <day>");
  let index = 2;
  let dayOfWeek: number | null = null;
  let dayOfMonth: number | null = null;
  if (frequency === "weekly") {
    dayOfWeek = ownEntry(WEEKDAYS, (words[index] ?? "").toLowerCase()) ?? null;
    if (dayOfWeek === null) return fail(index, "say which weekday, for example weekly monday");
    index++;
  } else if (frequency === "monthly") {
    const day = Number(words[index]);
    if (!Number.isInteger(day) || day < 1 || day > 31) return fail(index, "say which day of the month (1 to 31), for example monthly 1");
    dayOfMonth = day;
    index++;
  }
  if (words[index]?.toLowerCase() === "at") index++;
  const time = hhmmSchema.safeParse(words[index] ?? "");
  if (!time.success) return fail(index, time.error.issues[0]?.message ?? "write the time as HH:MM");
  index++;
  let timeZone: string | undefined;
  if (words[index] !== undefined) {
    const zone = timeZoneSchema.safeParse(words[index]);
    if (!zone.success) return fail(index, zone.error.issues[0]?.message ?? "use an IANA time zone");
    timeZone = zone.data;
    index++;
  }
  if (words[index] !== undefined) return fail(index, `I didn't expect "${words.slice(index).join(" ")}" here`);
  return { template, frequency, dayOfWeek, dayOfMonth, time: time.data, timeZone };
});
