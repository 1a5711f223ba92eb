// Turning raw SQL results into plain numbers and dates, and the calendar arithmetic of the
// view models. PostgreSQL returns COUNT as bigint and SUM or division as numeric (a Decimal),
// SQLite returns numbers: everything goes through `num` so both engines give the same values.

export function num(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === "number") return value;
  if (typeof value === "bigint") return Number(value);
  return Number(String(value));
}

export function numOrNull(value: unknown): number | null {
  return value === null || value === undefined ? null : num(value);
}

/** A boolean column: PostgreSQL returns true/false, SQLite 0/1. */
export function bool(value: unknown): boolean {
  return value === true || value === 1 || value === 1n || value === "1" || value === "true";
}

export function toDate(value: unknown): Date {
  return value instanceof Date ? value : new Date(String(value));
}

export function dateOrNull(value: unknown): Date | null {
  return value === null || value === undefined ? null : toDate(value);
}

/** part / whole as a percentage rounded to one decimal; null when there is no whole. */
export function percent(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.round((part / whole) * 1000) / 10;
}

export { addDays } from "../calendar.js";

export { weekStartOf } from "../calendar.js";
