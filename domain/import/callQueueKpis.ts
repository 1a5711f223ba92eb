// Call-queue weeks from call records or queue statistics: per customer, per calendar week
// (Monday 00:00 to Sunday 24:00, UTC). Sums, not averages, as the call_queue_weeks table keeps.
import { DAY_MS } from "../clock.js";
import { weekStartOf } from "../calendar.js";
import type { CallQueueWeek } from "../../prisma/generated/sqlite/client.js";
import type { CallHistoryRow } from "./kinds/callHistory.js";
import type { CallQueueStatsRow } from "./kinds/callQueueStats.js";

/** A row of call_queue_weeks, as the store defines it. */
export type CallQueueWeekRow = CallQueueWeek;

export { weekStartOf };

function emptyWeek(customerId: string, weekStart: Date): CallQueueWeekRow {
  return { customerId, weekStart, totalCalls: 0, answered: 0, abandoned: 0, timedOut: 0, overflowed: 0, transferred: 0, answerWaitSeconds: 0, abandonWaitSeconds: 0 };
}

function weekOf(weeks: Map<string, CallQueueWeekRow>, customerId: string, at: Date): CallQueueWeekRow {
  const start = weekStartOf(at);
  const key = `${customerId}|${start.getTime()}`;
  let week = weeks.get(key);
  if (!week) weeks.set(key, (week = emptyWeek(customerId, start)));
  return week;
}

/**
 * A queue leg is a record whose original/redirect/related reason is CallQueue or whose queue type
 * is set. Answered legs add answer time - start time to the answer wait; a leg neither answered
 * nor answered elsewhere is abandoned and adds its ring duration to the abandon wait; a leg
 * answered elsewhere counts as transferred out of the queue.
 */
export function weeksFromCallHistory(rows: readonly CallHistoryRow[]): CallQueueWeekRow[] {
  const weeks = new Map<string, CallQueueWeekRow>();
  for (const leg of rows) {
    if (!leg.queueLeg) continue;
    const week = weekOf(weeks, leg.orgId, leg.startTime);
    week.totalCalls++;
    if (leg.answered && !leg.answeredElsewhere) {
      week.answered++;
      if (leg.answerTime) week.answerWaitSeconds += Math.max(0, (leg.answerTime.getTime() - leg.startTime.getTime()) / 1000);
    } else if (leg.answeredElsewhere) {
      week.transferred++;
    } else {
      week.abandoned++;
      week.abandonWaitSeconds += leg.ringSeconds;
    }
  }
  return [...weeks.values()];
}

/** Queue statistics rows (per queue, per day or week) summed into customer weeks. */
export function weeksFromQueueStats(rows: readonly CallQueueStatsRow[]): CallQueueWeekRow[] {
  const weeks = new Map<string, CallQueueWeekRow>();
  for (const r of rows) {
    const week = weekOf(weeks, r.orgId, r.at);
    week.totalCalls += r.totalCalls;
    week.answered += r.answered;
    week.abandoned += r.abandoned;
    week.timedOut += r.timedOut;
    week.overflowed += r.overflowed;
    week.transferred += r.transferred;
    week.answerWaitSeconds += r.answerWaitSeconds;
    week.abandonWaitSeconds += r.abandonWaitSeconds;
  }
  return [...weeks.values()];
}
