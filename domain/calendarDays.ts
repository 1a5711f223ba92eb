// Days and months left as a person counts them: calendar days between today and the end date,
// both read on the wall calendar of the space's time zone. An expiry on Dec 2 is "1 day left"
// all through Dec 1, whatever the hour, and "0" on Dec 2 itself; hours never round a day away.
// Cards, alert thresholds, reports and `today` all count with these functions, so a date and
// its days left always agree with the date the same card shows.
import { DAY_MS } from "./clock.js";
import { addLocalDays, instantOf, wallClock, type LocalDate } from "./schedule/zonedTime.js";

const dayNumber = (date: LocalDate): number => Date.UTC(date.year, date.month - 1, date.day) / DAY_MS;

/** The calendar day `instant` falls on in `timeZone`. */
export function localDay(instant: Date, timeZone: string): LocalDate {
  const { year, month, day } = wallClock(instant, timeZone);
  return { year, month, day };
}

/** Calendar days from the day of `from` to the day of `to` in `timeZone` (negative when `to` is earlier). */
export function calendarDaysBetween(from: Date, to: Date, timeZone: string): number {
  return dayNumber(localDay(to, timeZone)) - dayNumber(localDay(from, timeZone));
}

/** Whole calendar months from the day of `from` to the day of `to` in `timeZone`, never negative:
 * Jan 31 to Feb 28 is 0 months, Jan 15 to Feb 15 is 1. */
export function calendarMonthsBetween(from: Date, to: Date, timeZone: string): number {
  const a = localDay(from, timeZone);
  const b = localDay(to, timeZone);
  const months = (b.year - a.year) * 12 + (b.month - a.month) - (b.day < a.day ? 1 : 0);
  return Math.max(0, months);
}

/** The instant the calendar day `days` after today (in `timeZone`) ends: an end at or before it has at most `days` days left. */
export function endOfDayAfter(now: Date, days: number, timeZone: string): Date {
  const next = addLocalDays(localDay(now, timeZone), days + 1);
  return instantOf({ ...next, hour: 0, minute: 0 }, timeZone);
}

/** The first instant of the calendar day `days` before today in `timeZone`: a start at or after
 * it began at most `days` calendar days ago ("added in the last 90 days"). */
export function startOfDayBefore(now: Date, days: number, timeZone: string): Date {
  return instantOf({ ...addLocalDays(localDay(now, timeZone), -days), hour: 0, minute: 0 }, timeZone);
}
