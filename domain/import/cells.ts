// zod types for the cells of a report. Each failure carries an Expectation code as its message,
// which the row validator turns into "line, column, value, what was expected".
// Nothing here evaluates a cell: "=1+2" in a number column is simply not a number, and in a
// text column it stays the text "=1+2".
// Dates and numbers follow the file's dialect (dialect.ts says how it is detected) only where a
// value could be read two ways: 04/12/2026 (day or month first) and 1.234 / 1,234 (a thousands
// group or a decimal). A value that can be read one way only is read that way in any dialect.
import { z } from "zod";
import { DEFAULT_DIALECT, YEAR_LAST_DATE, type Dialect } from "./dialect.js";
import type { Expectation } from "./types.js";

const fail = (ctx: z.RefinementCtx, expected: Expectation): never => {
  ctx.addIssue({ code: "custom", message: expected });
  return z.NEVER;
};

/**
 * A decimal as reports write it: 12.5, 12,5, 1,234.5 or 1.234,5. 1,234 and 1.234 are a
 * thousands group unless their separator is the file's decimal mark (then 1.234 is a decimal).
 */
export function parseDecimal(raw: string, decimalComma = DEFAULT_DIALECT.decimalComma): number | null {
  const s = raw.replace(/[\s\u00a0\u202f]/g, "");
  const ambiguous = /^(-?[1-9]\d{0,2})([.,])(\d{3})$/.exec(s);
  if (ambiguous) return Number(ambiguous[2] === (decimalComma ? "," : ".") ? `${ambiguous[1]}.${ambiguous[3]}` : `${ambiguous[1]}${ambiguous[3]}`);
  let normal: string | null = null;
  if (/^-?\d+([.,]\d+)?$/.test(s)) normal = s.replace(",", ".");
  else if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) normal = s.replace(/\./g, "").replace(",", ".");
  else if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) normal = s.replace(/,/g, "");
  return normal === null ? null : Number(normal);
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const DIGITS = /^\d{1,15}$/;

const utcDay = (y: number, m: number, d: number): Date | null => {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : null;
};

/**
 * A date or date-time: ISO 8601 (with or without time and zone, T or space), 2026/03/01, or
 * with the year last (01.03.2026, 01/03/2026, 01-03-2026, time optional). UTC unless a zone is
 * given. A year-last date whose day and month are both 12 or less and differ is read by
 * `dayFirst`; with no order known it is "ambiguous" (refused, never guessed).
 */
export function readDate(raw: string, dayFirst: boolean | null = DEFAULT_DIALECT.dayFirst): Date | "ambiguous" | null {
  const s = raw.trim();
  // Partner Hub's own exports write plain ISO days: read without building a string to parse
  // (a 200,000-row file has 400,000 of them).
  if (s.length === 10 && s[0] !== "0" && ISO_DAY.test(s)) return utcDay(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10)));
  let m = /^(\d{4})[-/](\d{2})[-/](\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (m) {
    const [, y, mo, d, h = "00", mi = "00", sec = "00", frac = "", zone = "Z"] = m;
    const iso = `${y}-${mo}-${d}T${h}:${mi}:${sec}${frac.slice(0, 4)}${zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone}`;
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(d) && zone === "Z" ? null : date;
  }
  m = YEAR_LAST_DATE.exec(s);
  if (!m) return null;
  const [a, b, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
  // Dots are day first wherever they are written; otherwise the value itself, then the dialect
  // decides. A value that contradicts a known order is refused too: the file mixes two orders,
  // so its other dates cannot be trusted either way.
  let first: boolean;
  if (a === b) first = true;
  else if (m[2] === "." || a > 12) first = true;
  else if (b > 12) first = false;
  else if (dayFirst === null) return "ambiguous";
  else first = dayFirst;
  if (m[2] !== "." && a !== b && dayFirst !== null && first !== dayFirst) return "ambiguous";
  const day = utcDay(year, first ? b : a, first ? a : b);
  if (!day) return null;
  if (m[5]) day.setUTCHours(Number(m[5]), Number(m[6]), Number(m[7] ?? 0));
  return day;
}

/** readDate without a known order: the unambiguous date, or null. */
export function parseDate(raw: string): Date | null {
  const date = readDate(raw);
  return date === "ambiguous" ? null : date;
}

// English plus the seeds' languages (es, pl, fr, pt, de): reports follow the admin's locale,
// and spreadsheets write TRUE/FALSE in theirs (WAHR, VERDADERO, VRAI, VERDADEIRO, PRAWDA).
const YES = new Set(["yes", "y", "true", "1", "on", "enabled", "sí", "si", "tak", "oui", "sim", "ja", "wahr", "verdadero", "vrai", "verdadeiro", "prawda"]);
const NO = new Set(["no", "n", "false", "0", "off", "disabled", "nie", "non", "não", "nao", "nein", "falsch", "falso", "faux", "fałsz", "falsz"]);

export const requiredText = z.string().trim().transform((s, ctx) => (s === "" ? fail(ctx, "required") : s));
export const optionalText = z.string().trim().transform((s) => (s === "" ? null : s));

export const orgId = z.string().trim().transform((s, ctx) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s) ? s.toLowerCase() : fail(ctx, "orgId"),
);

export const yesNo = z.string().transform((s, ctx) => {
  const v = s.trim().toLowerCase();
  return YES.has(v) ? true : NO.has(v) ? false : fail(ctx, "yesNo");
});
export const optionalYesNo = z.string().transform((s, ctx) => {
  const v = s.trim().toLowerCase();
  return v === "" ? null : YES.has(v) ? true : NO.has(v) ? false : fail(ctx, "yesNo");
});

/** The cell types whose reading depends on the file's dialect. */
export function cellsFor(dialect: Pick<Dialect, "dayFirst" | "decimalComma">) {
  const decimal = (raw: string) => parseDecimal(raw, dialect.decimalComma);
  const dateOf = (s: string, ctx: z.RefinementCtx): Date => {
    const d = readDate(s, dialect.dayFirst);
    return d === "ambiguous" ? fail(ctx, "unambiguousDate") : d ?? fail(ctx, "date");
  };

  /** A whole count; an empty cell is null (the report has no figure), not zero. */
  const optionalCount = z.string().transform((s, ctx) => {
    const v = s.trim();
    if (v === "") return null;
    if (DIGITS.test(v)) return Number(v);
    // A whole number with thousands groups: 1,200 / 1.200 / 1 200 are all twelve hundred.
    if (/^\d{1,3}([.,\s\u00a0\u202f]\d{3})+$/.test(v)) return Number(v.replace(/\D/g, ""));
    const n = decimal(v);
    return n !== null && Number.isInteger(n) && n >= 0 ? n : fail(ctx, "wholeNumber");
  });

  return {
    decimal,
    optionalCount,
    count: optionalCount.transform((n, ctx) => (n === null ? fail(ctx, "wholeNumber") : n)),
    countOrZero: optionalCount.transform((n) => n ?? 0),
    decimalOrZero: z.string().transform((s, ctx) => {
      if (s.trim() === "") return 0;
      const n = decimal(s);
      return n !== null && n >= 0 ? n : fail(ctx, "number");
    }),
    date: z.string().transform(dateOf),
    optionalDate: z.string().transform((s, ctx) => (s.trim() === "" ? null : dateOf(s, ctx))),
    /** Seconds, written as 42, 42.5, 00:00:42 or 0:42. */
    seconds: z.string().transform((s, ctx) => {
      const v = s.trim();
      if (v === "") return 0;
      const clock = /^(?:(\d+):)?(\d{1,2}):(\d{2}(?:[.,]\d+)?)$/.exec(v);
      if (clock) return Number(clock[1] ?? 0) * 3600 + Number(clock[2]) * 60 + Number(clock[3]!.replace(",", "."));
      const n = decimal(v);
      return n !== null && n >= 0 ? n : fail(ctx, "duration");
    }),
  };
}

export type Cells = ReturnType<typeof cellsFor>;
