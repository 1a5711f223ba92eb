// zod types for the cells of a report. Each failure carries an Expectation code as its message,
// which the row validator turns into "line, column, value, what was expected".
// Nothing here evaluates a cell: "=1+2" in a number column is simply not a number, and in a
// text column it stays the text "=1+2".
import { z } from "zod";
import type { Expectation } from "./types.js";

const fail = (ctx: z.RefinementCtx, expected: Expectation): never => {
  ctx.addIssue({ code: "custom", message: expected });
  return z.NEVER;
};

/** A decimal as reports write it: 12.5, 12,5 (decimal comma), 1,234.5 or 1.234,5. */
export function parseDecimal(raw: string): number | null {
  const s = raw.replace(/[\s\u00a0\u202f]/g, "");
  let normal: string | null = null;
  if (/^-?\d+([.,]\d+)?$/.test(s)) normal = s.replace(",", ".");
  else if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) normal = s.replace(/\./g, "").replace(",", ".");
  else if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) normal = s.replace(/,/g, "");
  return normal === null ? null : Number(normal);
}

/** A date or date-time: ISO 8601 (with or without time and zone, T or space), 2026/03/01 or 01.03.2026. UTC unless a zone is given. */
export function parseDate(raw: string): Date | null {
  const s = raw.trim();
  let m = /^(\d{4})[-/](\d{2})[-/](\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (m) {
    const [, y, mo, d, h = "00", mi = "00", sec = "00", frac = "", zone = "Z"] = m;
    const iso = `${y}-${mo}-${d}T${h}:${mi}:${sec}${frac.slice(0, 4)}${zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone}`;
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(d) && zone === "Z" ? null : date;
  }
  m = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(s);
  if (m) {
    const date = new Date(`${m[3]}-${m[2]}-${m[1]}T00:00:00Z`);
    return Number.isNaN(date.getTime()) ? null : date;
  }
  return null;
}

// English plus the seeds' languages (es, pl, fr, pt, de): reports follow the admin's locale.
const YES = new Set(["yes", "y", "true", "1", "on", "enabled", "sí", "si", "tak", "oui", "sim", "ja", "wahr", "verdadero", "vrai"]);
const NO = new Set(["no", "n", "false", "0", "off", "disabled", "nie", "non", "não", "nao", "nein", "falsch", "falso", "faux"]);

export const requiredText = z.string().trim().transform((s, ctx) => (s === "" ? fail(ctx, "required") : s));
export const optionalText = z.string().trim().transform((s) => (s === "" ? null : s));

export const orgId = z.string().trim().transform((s, ctx) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s) ? s.toLowerCase() : fail(ctx, "orgId"),
);

/** A whole count; an empty cell is null (the report has no figure), not zero. */
export const optionalCount = z.string().transform((s, ctx) => {
  const v = s.trim();
  if (v === "") return null;
  // A whole number with thousands groups: 1,200 / 1.200 / 1 200 are all twelve hundred.
  if (/^\d{1,3}([.,\s\u00a0\u202f]\d{3})+$/.test(v)) return Number(v.replace(/\D/g, ""));
  const n = parseDecimal(v);
  return n !== null && Number.isInteger(n) && n >= 0 ? n : fail(ctx, "wholeNumber");
});
export const count = optionalCount.transform((n, ctx) => (n === null ? fail(ctx, "wholeNumber") : n));
export const countOrZero = optionalCount.transform((n) => n ?? 0);

export const decimalOrZero = z.string().transform((s, ctx) => {
  if (s.trim() === "") return 0;
  const n = parseDecimal(s);
  return n !== null && n >= 0 ? n : fail(ctx, "number");
});

export const date = z.string().transform((s, ctx) => parseDate(s) ?? fail(ctx, "date"));
export const optionalDate = z.string().transform((s, ctx) => (s.trim() === "" ? null : parseDate(s) ?? fail(ctx, "date")));

export const yesNo = z.string().transform((s, ctx) => {
  const v = s.trim().toLowerCase();
  return YES.has(v) ? true : NO.has(v) ? false : fail(ctx, "yesNo");
});
export const optionalYesNo = z.string().transform((s, ctx) => {
  const v = s.trim().toLowerCase();
  return v === "" ? null : YES.has(v) ? true : NO.has(v) ? false : fail(ctx, "yesNo");
});

/** Seconds, written as 42, 42.5, 00:00:42 or 0:42. */
export const seconds = z.string().transform((s, ctx) => {
  const v = s.trim();
  if (v === "") return 0;
  const clock = /^(?:(\d+):)?(\d{1,2}):(\d{2}(?:[.,]\d+)?)$/.exec(v);
  if (clock) return Number(clock[1] ?? 0) * 3600 + Number(clock[2]) * 60 + Number(clock[3]!.replace(",", "."));
  const n = parseDecimal(v);
  return n !== null && n >= 0 ? n : fail(ctx, "duration");
});
