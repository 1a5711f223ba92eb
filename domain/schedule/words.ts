// The words of `schedule <template> daily|weekly <day>|monthly <day> at HH:MM [time zone]`,
// parsed with zod into a template word and a schedule spec. Problems are reported at the word
// that is wrong, in a sentence that says what to type instead.
import { z } from "zod";
import { echo, ownEntry } from "../text.js";
import type { MessageKey, MessageParams } from "../i18n/catalogue.js";
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
  const fail = (index: number, message: MessageKey, params?: MessageParams): never => {
    ctx.addIssue({ code: "custom", message, params, path: [index] });
    return z.NEVER as never;
  };
  const [template, frequencyWord] = words;
  if (!template) return fail(0, "commandArg.reportName");
  const frequency = frequencyWord?.toLowerCase() as Frequency | undefined;
  if (!frequency || !FREQUENCIES.includes(frequency)) return fail(1, "commandArg.frequency");
  let index = 2;
  let dayOfWeek: number | null = null;
  let dayOfMonth: number | null = null;
  if (frequency === "weekly") {
    dayOfWeek = ownEntry(WEEKDAYS, (words[index] ?? "").toLowerCase()) ?? null;
    if (dayOfWeek === null) return fail(index, "commandArg.weekday");
    index++;
  } else if (frequency === "monthly") {
    const day = Number(words[index]);
    if (!Number.isInteger(day) || day < 1 || day > 31) return fail(index, "commandArg.monthDay");
    dayOfMonth = day;
    index++;
  }
  if (words[index]?.toLowerCase() === "at") index++;
  const time = hhmmSchema.safeParse(words[index] ?? "");
  if (!time.success) return fail(index, "commandArg.time");
  index++;
  let timeZone: string | undefined;
  if (words[index] !== undefined) {
    const zone = timeZoneSchema.safeParse(words[index]);
    if (!zone.success) return fail(index, "commandArg.timeZone");
    timeZone = zone.data;
    index++;
  }
  if (words[index] !== undefined) return fail(index, "argument.unexpected", { value: echo(words.slice(index).join(" ")) });
  return { template, frequency, dayOfWeek, dayOfMonth, time: time.data, timeZone };
});
