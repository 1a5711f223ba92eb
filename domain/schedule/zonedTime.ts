// Wall-clock time in an IANA time zone, with Intl only (no time-zone library, and none of
// node-schedule's DST surprises). A wall time that does not exist (the hour skipped when clocks
// go forward) moves forward by the gap: 02:30 on Europe/Madrid's 2026-03-29 is 03:30 CEST.
// A wall time that happens twice (clocks go back) is its first occurrence.

export interface LocalDate { year: number; month: number; day: number }
export interface LocalTime extends LocalDate { hour: number; minute: number }

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isTimeZone(value: string): boolean {
  try {
    formatterFor(value);
    return true;
  } catch {
    return false;
  }
}

// formatToParts costs microseconds and a card of a few hundred dated rows asks for many of the
// same minutes (every "days left" is counted from midnight of a day in the space's zone): the
// answers are kept per zone and minute. Bounded; cleared whole when full.
const wallClocks = new Map<string, LocalTime>();
const MAX_WALL_CLOCKS = 4096;

/** The wall clock of `instant` in `timeZone` (minutes precision). */
export function wallClock(instant: Date, timeZone: string): LocalTime {
  const key = `${timeZone} ${Math.floor(instant.getTime() / 60_000)}`;
  const known = wallClocks.get(key);
  if (known) return { ...known };
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  const time = { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour! % 24, minute: parts.minute! };
  if (wallClocks.size >= MAX_WALL_CLOCKS) wallClocks.clear();
  wallClocks.set(key, time);
  return { ...time };
}

const asUtc = (t: LocalTime): number => Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute);

/** How far `timeZone` is ahead of UTC at `instant`, in ms. */
function offsetAt(instant: number, timeZone: string): number {
  const floored = Math.floor(instant / 60_000) * 60_000;
  return asUtc(wallClock(new Date(floored), timeZone)) - floored;
}

const sameWallTime = (a: LocalTime, b: LocalTime): boolean =>
  a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute;

/** The instant the wall clock of `timeZone` shows `local` (see the file comment for DST). */
export function instantOf(local: LocalTime, timeZone: string): Date {
  const guess = asUtc(local);
  const before = offsetAt(guess - 14 * 3_600_000, timeZone);
  const after = offsetAt(guess + 14 * 3_600_000, timeZone);
  const candidates = [...new Set([guess - before, guess - after])].sort((a, b) => a - b);
  const valid = candidates.find((at) => sameWallTime(wallClock(new Date(at), timeZone), local));
  // No candidate shows `local`: it falls in the gap; the offset before the change moves it forward.
  return new Date(valid ?? guess - before);
}

/** `date` plus `days` calendar days. */
export function addLocalDays(date: LocalDate, days: number): LocalDate {
  const at = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate() };
}

export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** ISO weekday of a calendar date: 1 = Monday .. 7 = Sunday. */
export function isoWeekday(date: LocalDate): number {
  const day = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** YYYY-MM-DD of `instant` in `timeZone`. */
export function localDateText(instant: Date, timeZone: string): string {
  const { year, month, day } = wallClock(instant, timeZone);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** "YYYY-MM-DD HH:MM" of `instant` in `timeZone`, how cards show a due time. */
export function localDateTimeText(instant: Date, timeZone: string): string {
  const { hour, minute } = wallClock(instant, timeZone);
  return `${localDateText(instant, timeZone)} ${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}
