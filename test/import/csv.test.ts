// The CSV reader on the shapes Partner Hub exports and spreadsheets re-save.
import { expect, it } from "vitest";
import { headerKey, parseCsv } from "../../domain/import/csv.js";
import { parseDate, parseDecimal } from "../../domain/import/cells.js";

it("reads quoted commas, doubled quotes and line breaks inside quotes, with the line each record starts on", () => {
  const records = parseCsv('a,b,c\r\n"x, y","say ""hi""","two\nlines"\r\n\r\nlast,,\r\n');
  expect(records).toEqual([
    { line: 1, cells: ["a", "b", "c"] },
    { line: 2, cells: ["x, y", 'say "hi"', "two\nlines"] },
    { line: 5, cells: ["last", "", ""] },
  ]);
});

it("accepts LF, CR LF and a missing final line break alike", () => {
  expect(parseCsv("a,b\nc,d")).toEqual(parseCsv("a,b\r\nc,d\r\n"));
});

it("matches headers regardless of case, spacing, punctuation and accents", () => {
  expect(headerKey(' "Expiration / Renewal Date" ')).toBe(headerKey("expiration/renewal date"));
  expect(headerKey("Fecha de cálculo")).toBe("fechadecalculo");
});

it("reads decimal commas and thousands separators, and refuses what is not a number", () => {
  expect(parseDecimal("8450,5")).toBe(8450.5);
  expect(parseDecimal("1.234,5")).toBe(1234.5);
  expect(parseDecimal("1,234.5")).toBe(1234.5);
  expect(parseDecimal("=1+2")).toBeNull();
  expect(parseDecimal("12 apples")).toBeNull();
});

it("reads ISO dates, date-times with zones and German dates, and refuses impossible days", () => {
  expect(parseDate("2026-11-20")?.toISOString()).toBe("2026-11-20T00:00:00.000Z");
  expect(parseDate("2026-11-20T09:00:20.000+01:00")?.toISOString()).toBe("2026-11-20T08:00:20.000Z");
  expect(parseDate("20.11.2026")?.toISOString()).toBe("2026-11-20T00:00:00.000Z");
  expect(parseDate("2026-02-30")).toBeNull();
  expect(parseDate("next Friday")).toBeNull();
});
