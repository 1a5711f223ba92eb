// node-schedule wakes the scheduler at each schedule's due time, in its time zone (report
// schedules, each space's alert scan, the daily sync), so a run posts on the second rather than
// up to a poll late. A wake-up only runs a tick: what is due, and who posts it, is still decided
// by the calendar (domain/schedule/spec.ts) and the run ledger, so a wake-up that fires twice,
// on a day that turns out not to be due, or on two instances at once, posts nothing extra. The
// poll stays, slower, for what no job knows yet: a schedule made on another instance, or a due
// time a job could not express (02:30 on the night the clocks skip it).
import schedule from "node-schedule";
import type { ScheduleSpec } from "../../domain/schedule/spec.js";

export interface Wakeup { id: string; spec: ScheduleSpec }

export interface Wakeups {
  /** Makes the jobs match `wanted`: new ones added, changed ones replaced, gone ones cancelled. */
  sync(wanted: readonly Wakeup[]): void;
  readonly count: number;
  cancelAll(): void;
}

/** The node-schedule rule for a spec, one second after the due minute (a timer may fire early). */
export function ruleOf(spec: ScheduleSpec): schedule.RecurrenceRule {
  const [hour, minute] = spec.time.split(":").map(Number) as [number, number];
  const rule = new schedule.RecurrenceRule();
  rule.hour = hour;
  rule.minute = minute;
  rule.second = 1;
  rule.tz = spec.timeZone;
  // ISO weekdays are 1 (Monday) to 7 (Sunday); node-schedule's are 0 (Sunday) to 6.
  if (spec.frequency === "weekly") rule.dayOfWeek = (spec.dayOfWeek ?? 1) % 7;
  if (spec.frequency === "monthly") {
    // A day the month lacks runs on its last day: wake on each candidate, the calendar decides.
    const day = spec.dayOfMonth ?? 1;
    rule.date = day <= 28 ? day : Array.from({ length: day - 27 }, (_, i) => 28 + i);
  }
  return rule;
}

export function createWakeups(onWake: () => void): Wakeups {
  const jobs = new Map<string, { spec: string; job: schedule.Job | null }>();
  return {
    sync(wanted) {
      const seen = new Set<string>();
      for (const { id, spec } of wanted) {
        seen.add(id);
        const key = JSON.stringify(spec);
        const current = jobs.get(id);
        if (current?.spec === key) continue;
        current?.job?.cancel();
        // null when node-schedule finds no future time for the rule; the poll still covers it.
        jobs.set(id, { spec: key, job: schedule.scheduleJob(ruleOf(spec), onWake) });
      }
      for (const [id, { job }] of jobs) {
        if (seen.has(id)) continue;
        job?.cancel();
        jobs.delete(id);
      }
    },
    get count() { return jobs.size; },
    cancelAll() {
      for (const { job } of jobs.values()) job?.cancel();
      jobs.clear();
    },
  };
}
