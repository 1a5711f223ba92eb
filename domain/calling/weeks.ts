// The weeks the calling views read. Partner Hub shows "the last complete week" (Monday 00:00 to
// Sunday 24:00 UTC; its data refreshes on Sundays at 00:00 UTC): on any day of a week, that is
// the week before it. Trends list weeks oldest first, ending with the newest one they show.
import { addDays, weekStartOf } from "../calendar.js";

/** Monday 00:00 UTC of the last complete calendar week before `now`. */
export function lastCompleteWeek(now: Date): Date {
  return addDays(weekStartOf(now), -7);
}

/** `count` Mondays ending with the week holding `last`, oldest first. */
export function weeksEndingWith(last: Date, count: number): Date[] {
  const end = weekStartOf(last);
  return Array.from({ length: count }, (_, i) => addDays(end, -7 * (count - 1 - i)));
}

/**
 * The week a report row belongs to: the calendar week holding its period's start, when the period
 * ends within that week (a weekly report); null for a period that spans weeks (a monthly report
 * cannot be split into weeks without guessing).
 */
export function weekOfPeriod(periodStart: Date, periodEnd: Date): Date | null {
  const week = weekStartOf(periodStart);
  return periodEnd.getTime() <= addDays(week, 7).getTime() ? week : null;
}
