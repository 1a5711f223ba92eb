// Calendar arithmetic in UTC: demo data is derived from one instant, the start of "today".
import { DAY_MS } from "../../domain/clock.js";

export function startOfUtcDay(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
}

export function addDays(at: Date, days: number): Date {
  return new Date(at.getTime() + days * DAY_MS);
}

/** The Monday 00:00 UTC that starts the calendar week holding `at`. */
export function mondayOf(at: Date): Date {
  const day = startOfUtcDay(at);
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return addDays(day, -sinceMonday);
}

export function addMonths(at: Date, months: number): Date {
  const out = new Date(at);
  out.setUTCMonth(out.getUTCMonth() + months);
  return out;
}
