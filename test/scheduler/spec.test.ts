// Due times from the calendar: across midnight, month ends and DST changes, in the schedule's zone.
import { describe, expect, it } from "vitest";
import { dueTimesBetween, nextDueAfter, type ScheduleSpec } from "../../domain/schedule/spec.js";
import { instantOf, wallClock } from "../../domain/schedule/zonedTime.js";
import { scheduleWordsSchema } from "../../domain/schedule/words.js";

const spec = (over: Partial<ScheduleSpec>): ScheduleSpec => ({ frequency: "daily", dayOfWeek: null, dayOfMonth: null, time: "08:00", timeZone: "UTC", ...over });
const iso = (d: Date) => d.toISOString();

describe("nextDueAfter", () => {
  it("runs a daily 23:30 New York schedule on the next UTC day, and moves to the next day after it ran", () => {
    const daily = spec({ time: "23:30", timeZone: "America/New_York" });
    expect(iso(nextDueAfter(daily, new Date("2026-11-23T12:00:00Z")))).toBe("2026-11-24T04:30:00.000Z");
    expect(iso(nextDueAfter(daily, new Date("2026-11-24T04:30:00Z")))).toBe("2026-11-25T04:30:00.000Z");
  });

  it("runs a weekly Monday 08:00 Madrid schedule on Mondays only", () => {
    const weekly = spec({ frequency: "weekly", dayOfWeek: 1, timeZone: "Europe/Madrid" });
    const due = dueTimesBetween(weekly, new Date("2026-11-01T00:00:00Z"), new Date("2026-11-30T23:59:00Z"));
    expect(due.map(iso)).toEqual(["2026-11-02T07:00:00.000Z", "2026-11-09T07:00:00.000Z", "2026-11-16T07:00:00.000Z", "2026-11-23T07:00:00.000Z", "2026-11-30T07:00:00.000Z"]);
    expect(due.every((d) => d.getUTCDay() === 1)).toBe(true);
  });

  it("runs a monthly day-31 schedule on the last day of shorter months (28 February, 29 in a leap year, 30 April)", () => {
    const monthly = spec({ frequency: "monthly", dayOfMonth: 31, time: "06:00" });
    const due = dueTimesBetween(monthly, new Date("2027-01-01T00:00:00Z"), new Date("2027-05-01T00:00:00Z"));
    expect(due.map(iso)).toEqual(["2027-01-31T06:00:00.000Z", "2027-02-28T06:00:00.000Z", "2027-03-31T06:00:00.000Z", "2027-04-30T06:00:00.000Z"]);
    expect(iso(nextDueAfter(monthly, new Date("2028-02-01T00:00:00Z")))).toBe("2028-02-29T06:00:00.000Z");
  });

  it("keeps 08:00 Madrid at 08:00 local across both DST changes of 2026", () => {
    const daily = spec({ timeZone: "Europe/Madrid" });
    const spring = dueTimesBetween(daily, new Date("2026-03-28T00:00:00Z"), new Date("2026-03-30T12:00:00Z"));
    expect(spring.map(iso)).toEqual(["2026-03-28T07:00:00.000Z", "2026-03-29T06:00:00.000Z", "2026-03-30T06:00:00.000Z"]);
    const autumn = dueTimesBetween(daily, new Date("2026-10-24T00:00:00Z"), new Date("2026-10-26T12:00:00Z"));
    expect(autumn.map(iso)).toEqual(["2026-10-24T06:00:00.000Z", "2026-10-25T07:00:00.000Z", "2026-10-26T07:00:00.000Z"]);
    for (const at of [...spring, ...autumn]) expect(wallClock(at, "Europe/Madrid")).toMatchObject({ hour: 8, minute: 0 });
  });

  it("runs a 02:30 schedule once on both DST days: at 03:30 when 02:30 does not exist, at the first 02:30 when it happens twice", () => {
    const daily = spec({ time: "02:30", timeZone: "Europe/Madrid" });
    expect(dueTimesBetween(daily, new Date("2026-03-28T12:00:00Z"), new Date("2026-03-29T12:00:00Z")).map(iso)).toEqual(["2026-03-29T01:30:00.000Z"]);
    expect(wallClock(new Date("2026-03-29T01:30:00Z"), "Europe/Madrid")).toMatchObject({ hour: 3, minute: 30 });
    expect(dueTimesBetween(daily, new Date("2026-10-24T12:00:00Z"), new Date("2026-10-25T12:00:00Z")).map(iso)).toEqual(["2026-10-25T00:30:00.000Z"]);
  });

  it("turns a wall time back into the instant it names in zones east and west of UTC", () => {
    expect(iso(instantOf({ year: 2026, month: 12, day: 31, hour: 23, minute: 59 }, "Asia/Tokyo"))).toBe("2026-12-31T14:59:00.000Z");
    expect(iso(instantOf({ year: 2027, month: 1, day: 1, hour: 0, minute: 0 }, "America/Los_Angeles"))).toBe("2027-01-01T08:00:00.000Z");
  });
});

describe("schedule words", () => {
  it("reads a weekly schedule with a time zone", () => {
    expect(scheduleWordsSchema.parse(["subscriptions", "weekly", "Monday", "at", "8:00", "Europe/Madrid"])).toEqual({
      template: "subscriptions", frequency: "weekly", dayOfWeek: 1, dayOfMonth: null, time: "08:00", timeZone: "Europe/Madrid",
    });
  });

  it("points at the wrong word with what to type instead", () => {
    const bad = (words: string[]) => scheduleWordsSchema.safeParse(words).error?.issues[0];
    // Messages are catalogue keys: the router says them in the space's language.
    expect(bad(["subscriptions", "hourly"])).toMatchObject({ path: [1], message: "commandArg.frequency" });
    expect(bad(["subscriptions", "monthly", "32", "at", "08:00"])).toMatchObject({ path: [2], message: "commandArg.monthDay" });
    expect(bad(["subscriptions", "daily", "at", "25:00"])).toMatchObject({ path: [3], message: "commandArg.time" });
    expect(bad(["subscriptions", "daily", "at", "08:00", "Mars/Olympus"])).toMatchObject({ path: [4], message: "commandArg.timeZone" });
    expect(bad(["subscriptions", "daily", "at", "08:00", "UTC", "extra"])).toMatchObject({ path: [5], message: "argument.unexpected", params: { value: "extra" } });
  });
});
