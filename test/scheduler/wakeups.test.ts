// node-schedule wakes the scheduler at each due time: its rule, read in the schedule's time
// zone, must land on the calendar's due time (one second after), across a DST change too, and
// never after a due time (a monthly day the month lacks wakes on each candidate day instead).
import { describe, expect, it } from "vitest";
import { nextDueAfter, type ScheduleSpec } from "../../domain/schedule/spec.js";
import { createWakeups, ruleOf } from "../../bot/scheduler/wakeups.js";

const spec = (over: Partial<ScheduleSpec>): ScheduleSpec => ({ frequency: "daily", dayOfWeek: null, dayOfMonth: null, time: "08:00", timeZone: "Europe/Madrid", ...over });
const wakeAfter = (s: ScheduleSpec, at: string): Date => ruleOf(s).nextInvocationDate(new Date(at))!;

describe("node-schedule wake-ups", () => {
  it.each([
    ["daily in Madrid", spec({}), "2026-11-20T12:00:00Z"],
    ["daily in Madrid on the spring DST change", spec({}), "2026-03-28T12:00:00Z"],
    ["weekly on Monday", spec({ frequency: "weekly", dayOfWeek: 1 }), "2026-11-20T12:00:00Z"],
    ["weekly on Sunday in New York", spec({ frequency: "weekly", dayOfWeek: 7, time: "23:30", timeZone: "America/New_York" }), "2026-11-20T12:00:00Z"],
    ["monthly on the 15th in Tokyo", spec({ frequency: "monthly", dayOfMonth: 15, time: "00:05", timeZone: "Asia/Tokyo" }), "2026-11-20T12:00:00Z"],
  ])("wakes one second after the due time: %s", (_name, s, at) => {
    expect(wakeAfter(s, at).getTime() - 1000).toBe(nextDueAfter(s, new Date(at)).getTime());
  });

  it("wakes no later than a monthly day the month lacks, which runs on its last day", () => {
    const s = spec({ frequency: "monthly", dayOfMonth: 31 });
    for (const at of ["2026-02-01T00:00:00Z", "2026-04-01T00:00:00Z", "2026-01-01T00:00:00Z"]) {
      expect(wakeAfter(s, at).getTime() - 1000).toBeLessThanOrEqual(nextDueAfter(s, new Date(at)).getTime());
    }
    // February: its last day, the 28th, is both a wake-up and the due day.
    expect(wakeAfter(s, "2026-02-01T00:00:00Z").getTime() - 1000).toBe(nextDueAfter(s, new Date("2026-02-01T00:00:00Z")).getTime());
  });

  it("keeps one job per schedule: added, replaced when its time changes, cancelled when it ends", () => {
    const wakeups = createWakeups(() => undefined);
    try {
      wakeups.sync([{ id: "report:a", spec: spec({}) }, { id: "alert-scan:room", spec: spec({ time: "09:00" }) }]);
      expect(wakeups.count).toBe(2);
      wakeups.sync([{ id: "report:a", spec: spec({ time: "10:00" }) }]);
      expect(wakeups.count).toBe(1);
    } finally {
      wakeups.cancelAll();
    }
    expect(wakeups.count).toBe(0);
  });
});
