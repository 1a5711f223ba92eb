// Calendar arithmetic in UTC shared by imports, analytics and demo data: Partner Hub's weekly
// figures run Monday 00:00 to Sunday 24:00 UTC.
import { DAY_MS } from "./clock.js";

export function startOfUtcDay(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
}

export function addDays(at: Date, days: number): Date {
  return new Date(at.getTime() + days * DAY_MS);
}

/** Monday 00:00 UTC of the calendar week holding `at`. */
export function weekStartOf(at: Date): Date {
  const day = startOfUtcDay(at);
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return addDays(day, -sinceMonday);
}
