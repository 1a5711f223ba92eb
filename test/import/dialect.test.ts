// How a file was saved, from its first bytes: every encoding × delimiter a spreadsheet writes,
// the signals for day-first dates and decimal commas, and the row schemas that read by them.
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { detectDialect, type Delimiter, type Dialect, type Encoding } from "../../domain/import/dialect.js";
import { cellsFor, parseDecimal, readDate } from "../../domain/import/cells.js";
import { KIND_SPECS, rowSchemaFor } from "../../domain/import/kinds/index.js";
import { translate } from "../../domain/i18n/catalogue.js";
import { dialectSentence, importResultCard } from "../../cards/importResult.js";
import { cardProblems } from "../../cards/validate.js";
import type { ImportOutcome } from "../../domain/import/types.js";
import { importLimits, isRefused, prepareImport } from "../../domain/import/index.js";
import { subscriptionDetailsCsv } from "./support.js";

const NAMES: Record<Encoding, string> = {
  "utf-8": "Zakład Łódź Spółka",
  "utf-16le": "Zakład Łódź Spółka",
  "windows-1252": "Société Générale Müller",
  "windows-1250": "Zakład Łódź Spółka żółć",
};

/** A small report saved with `encoding` (BOM when asked) and `delimiter`, cells as given. */
function saved(encoding: Encoding, bom: boolean, delimiter: Delimiter, rows: string[][]): Uint8Array {
  const quote = (v: string) => (v.includes(delimiter) || v.includes('"') ? `"${v.replace(/"/g, '""')}"` : v);
  const text = rows.map((r) => r.map(quote).join(delimiter)).join("\r\n") + "\r\n";
  const body = iconv.encode(text, encoding);
  const mark = !bom ? [] : encoding === "utf-8" ? [0xef, 0xbb, 0xbf] : [0xff, 0xfe];
  return new Uint8Array([...mark, ...body]);
}

const report = (name: string, date: string, number: string, yes: string) => [
  ["Calculation Date", "Customer Name", "Minutes", "Auto-Renew Enabled"],
  [date, name, number, yes],
  [date, "Other Org", "7", yes],
];

describe("detectDialect", () => {
  const encodings: Array<[Encoding, boolean]> = [["utf-8", false], ["utf-8", true], ["utf-16le", true], ["windows-1252", false], ["windows-1250", false]];
  const delimiters: Delimiter[] = [",", ";", "\t"];
  const cases = encodings.flatMap(([encoding, bom]) => delimiters.map((delimiter) => [encoding, bom, delimiter] as const));

  it.each(cases)("reads %s (BOM %s) separated by %j", (encoding, bom, delimiter) => {
    const bytes = saved(encoding, bom, delimiter, report(NAMES[encoding], "2026-11-20", "12", "WAHR"));
    const dialect = detectDialect(bytes);
    expect(dialect).toMatchObject({ encoding, bom, delimiter });
    // Only the locale speaks here (no date or decimal says anything): ; and Windows-1250 are day first.
    expect(dialect.dayFirst).toBe(delimiter === ";" || encoding === "windows-1250" ? true : null);
    expect(dialect.decimalComma).toBe(delimiter === ";");
  });

  it.each([
    ["25/11/2026", ",", true, "a first part over 12 says days first"],
    ["11/25/2026", ",", false, "a second part over 12 says months first"],
    ["11/25/2026", ";", false, "the values outweigh a semicolon's locale"],
    ["04.12.2026", ",", true, "dotted dates are day first"],
    ["04/12/2026", ",", null, "nothing says which: unknown"],
    ["04/12/2026", ";", true, "a semicolon-separated file comes from a day-first locale"],
  ] as const)("date order of %s separated by %j is %s: %s", (date, delimiter, dayFirst, _why) => {
    expect(detectDialect(saved("utf-8", false, delimiter, report("Acme", date, "12", "yes"))).dayFirst).toBe(dayFirst);
  });

  it.each([
    ["12,5", ",", true], ["1.234,5", ",", true], ["12.5", ";", false], ["1,234.5", ",", false], ["1,234", ",", false], ["1.234", ";", true],
  ] as const)("decimal comma of %s separated by %j is %s", (number, delimiter, decimalComma) => {
    expect(detectDialect(saved("utf-8", false, delimiter, report("Acme", "2026-11-20", number, "yes"))).decimalComma).toBe(decimalComma);
  });

  it("says a decimal comma means a day-first locale, and reads a head cut inside a character", () => {
    const bytes = saved("utf-8", false, ",", report("Łódź", "04/12/2026", "8450,5", "yes"));
    expect(detectDialect(bytes)).toMatchObject({ decimalComma: true, dayFirst: true });
    const cut = Buffer.from("Customer Name,Org\r\nŁ", "utf8");
    expect(detectDialect(cut.subarray(0, cut.length - 1)).encoding).toBe("utf-8");
  });

  it("reads UTF-16LE without a byte-order mark", () => {
    expect(detectDialect(iconv.encode("Customer Name\tOrg ID\r\nAcme\t1\r\n", "utf-16le"))).toMatchObject({ encoding: "utf-16le", bom: false, delimiter: "\t" });
  });

  it("refuses a file that is UTF-8 in its first 64 KiB and Windows-1252 after, instead of garbling names", async () => {
    const head = subscriptionDetailsCsv(Array.from({ length: 700 }, () => ({})), { bom: false });
    const tail = iconv.encode(`2026-11-20,Müller AG,${"6f1c3a52-8d2e-4b7a-9c11-2f5e8a9b0c01"},Active,Sub-X,Named User,1,1,No,2027-01-01,1,1,1,,,,,,\r\n`, "windows-1252");
    expect(head.length).toBeGreaterThan(64 * 1024);
    const outcome = await prepareImport(Buffer.concat([head, tail]), "mixed.csv", importLimits());
    expect(isRefused(outcome) && outcome.refusal).toBe("notUtf8");
  });
});

describe("cells in a dialect", () => {
  it("reads year-last dates by the dialect only where a value could be read both ways", () => {
    expect(readDate("25/11/2026", null)).toEqual(new Date("2026-11-25T00:00:00Z"));
    expect(readDate("11/25/2026", null)).toEqual(new Date("2026-11-25T00:00:00Z"));
    expect(readDate("04/12/2026", true)).toEqual(new Date("2026-12-04T00:00:00Z"));
    expect(readDate("04/12/2026", false)).toEqual(new Date("2026-04-12T00:00:00Z"));
    expect(readDate("04.04.2026", null)).toEqual(new Date("2026-04-04T00:00:00Z"));
    expect(readDate("16.11.2026 09:00:20", null)).toEqual(new Date("2026-11-16T09:00:20Z"));
    expect(readDate("04/12/2026", null)).toBe("ambiguous");
    // A value against the file's known order: the file mixes two orders, so none is trusted.
    expect(readDate("11/25/2026", true)).toBe("ambiguous");
    expect(readDate("31/02/2026", true)).toBeNull();
  });

  it("reads ISO days in any dialect, and refuses days no calendar has", () => {
    expect(readDate("2026-11-25", true)).toEqual(new Date("2026-11-25T00:00:00Z"));
    expect(readDate(" 2026-11-25 ", null)).toEqual(new Date("2026-11-25T00:00:00Z"));
    expect(readDate("2026-02-30", null)).toBeNull();
    expect(readDate("2026-13-01", null)).toBeNull();
    expect(readDate("2026-11-25T09:30:00+02:00", null)).toEqual(new Date("2026-11-25T07:30:00Z"));
  });

  it("reads whole counts plain or grouped, and refuses fractions and signs", () => {
    const { optionalCount } = cellsFor({ dayFirst: true, decimalComma: true });
    expect(optionalCount.parse("1200")).toBe(1200);
    expect(optionalCount.parse("1.200")).toBe(1200);
    expect(optionalCount.parse(" 7 ")).toBe(7);
    expect(optionalCount.parse("")).toBeNull();
    for (const bad of ["1,5", "-3", "12a"]) expect(optionalCount.safeParse(bad).success).toBe(false);
  });

  it("reads 1.234 and 1,234 by the decimal mark, and everything else the one way it can be read", () => {
    expect(parseDecimal("1.234", true)).toBe(1234);
    expect(parseDecimal("1,234", true)).toBe(1.234);
    expect(parseDecimal("1,234", false)).toBe(1234);
    expect(parseDecimal("1.234", false)).toBe(1.234);
    expect(parseDecimal("1.234,5", false)).toBe(1234.5);
    expect(parseDecimal("12,5", false)).toBe(12.5);
    expect(parseDecimal("0,500", false)).toBe(0.5);
  });

  const dialect = (partial: Partial<Dialect>): Dialect => ({ encoding: "utf-8", bom: false, delimiter: ";", dayFirst: true, decimalComma: true, ...partial });
  const subscriptionRow = (overrides: Record<string, string>) => ({
    calculationDate: "20.11.2026", customerName: "Zakład Łódź", orgId: "6f1c3a52-8d2e-4b7a-9c11-2f5e8a9b0c01", status: "Aktywna", subscriptionId: "Sub-1",
    type: "", totalUsers: "1.200", verifiedUsers: "", autoRenew: "PRAWDA", endAt: "04/12/2026", region: "",
    "meetings.available": "", "meetings.assigned": "", "meetings.used": "",
    "calling_professional.available": "", "calling_professional.assigned": "", "calling_professional.used": "",
    "calling_standard.available": "", "calling_standard.assigned": "", "calling_standard.used": "",
    ...overrides,
  });

  it.each(["WAHR", "wahr", "VERDADERO", "VRAI", "Verdadeiro", "PRAWDA"])("reads the spreadsheet's %s as yes", (word) => {
    const parsed = rowSchemaFor("subscription-details", dialect({})).parse(subscriptionRow({ autoRenew: word }));
    expect(parsed.autoRenew).toBe(true);
  });
  it.each(["FALSCH", "FALSO", "faux", "FAŁSZ", "fałsz"])("reads the spreadsheet's %s as no", (word) => {
    expect(rowSchemaFor("subscription-details", dialect({})).parse(subscriptionRow({ autoRenew: word })).autoRenew).toBe(false);
  });

  it("reads a day-first row with thousands dots and decimal-comma minutes", () => {
    const parsed = rowSchemaFor("subscription-details", dialect({})).parse(subscriptionRow({}));
    expect(parsed).toMatchObject({ totalUsers: 1200, endAt: new Date("2026-12-04T00:00:00Z"), calculationDate: new Date("2026-11-20T00:00:00Z") });
    const blank = Object.fromEntries(KIND_SPECS["calling-usage"].columns.map((c) => [c.key, ""]));
    const usage = rowSchemaFor("calling-usage", dialect({})).safeParse({ ...blank, customerName: "x", orgId: "6f1c3a52-8d2e-4b7a-9c11-2f5e8a9b0c01", location: "HQ", totalCalls: "1.520", poorQuality: "0", callMinutes: "8.450,5", periodStart: "09/11/2026", periodEnd: "15/11/2026" });
    expect(usage.success && usage.data).toMatchObject({ totalCalls: 1520, callMinutes: 8450.5, periodStart: new Date("2026-11-09T00:00:00Z") });
  });

  it("refuses an ambiguous date when nothing says the order, with a sentence that says how to fix it", () => {
    const result = rowSchemaFor("subscription-details", dialect({ delimiter: ",", dayFirst: null, decimalComma: false })).safeParse(subscriptionRow({ calculationDate: "2026-11-20" }));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path[0], i.message])).toEqual([["endAt", "unambiguousDate"]]);
    const outcome: ImportOutcome = {
      ok: false, fileName: "export.csv", kind: "subscription-details", rowsRead: 1, refusal: "invalidRows", details: { count: 1 }, moreProblems: 0,
      problems: [{ line: 2, column: "Expiration/Renewal Date", value: "04/12/2026", expected: "unambiguousDate" }],
      dialect: { encoding: "utf-8", bom: false, delimiter: ",", dayFirst: null, decimalComma: false },
    };
    const en = importResultCard(outcome, (key, params) => translate("en", key, params)).text.split("\n");
    expect(en).toContain('Line 2, column "Expiration/Renewal Date": "04/12/2026" is not a date that reads only one way (its day and month could be swapped); write it as 2026-12-04 (year-month-day) or 04.12.2026 (day.month.year).');
    expect(en).toContain("Read as comma-separated UTF-8.");
    const de = importResultCard(outcome, (key, params) => translate("de", key, params)).text.split("\n");
    expect(de).toContain("Zeile 2, Spalte „Expiration/Renewal Date“: „04/12/2026“ ist nicht ein Datum, das sich nur auf eine Weise lesen lässt (Tag und Monat könnten vertauscht sein); schreiben Sie es als 2026-12-04 (Jahr-Monat-Tag) oder 04.12.2026 (Tag.Monat.Jahr).");
  });
});

describe("the result card's account of the file", () => {
  const dialect: Dialect = { encoding: "windows-1252", bom: false, delimiter: ";", dayFirst: true, decimalComma: true };
  it.each([
    ["en", "Read as semicolon-separated Windows-1252, dates day first, decimal comma."],
    ["es", "Leído como Windows-1252 separado por punto y coma, fechas con el día primero, coma decimal."],
    ["pl", "Odczytano jako Windows-1252 rozdzielany średnikami, daty z dniem na początku, przecinek dziesiętny."],
    ["fr", "Lu comme Windows-1252 séparé par des points-virgules, dates avec le jour en premier, virgule décimale."],
    ["pt", "Lido como Windows-1252 separado por ponto e vírgula, datas com o dia primeiro, vírgula decimal."],
    ["de", "Gelesen als semikolongetrenntes Windows-1252, Datumsangaben mit dem Tag zuerst, Dezimalkomma."],
  ] as const)("in %s: %s", (language, sentence) => {
    expect(dialectSentence(dialect, (key, params) => translate(language, key, params))).toBe(sentence);
  });
  it("says only what it knows: no date order when none was found, no decimal comma when there is none", () => {
    const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate("en", key, params);
    expect(dialectSentence({ ...dialect, encoding: "utf-16le", delimiter: "\t", dayFirst: false, decimalComma: false }, t)).toBe("Read as tab-separated UTF-16, dates month first.");
    expect(dialectSentence({ ...dialect, encoding: "utf-8", delimiter: ",", dayFirst: null, decimalComma: true }, t)).toBe("Read as comma-separated UTF-8, decimal comma.");
  });
});

it("keeps the result card valid with the file's account and the kept-newer sentence in it", () => {
  const outcome: ImportOutcome = {
    ok: true, batchId: 1, kind: "subscription-details", fileName: "older.csv", rowsRead: 4, reportDate: new Date("2026-11-20T00:00:00Z"),
    customers: { created: 0, updated: 0, unchanged: 3 }, subscriptions: { created: 0, updated: 0, unchanged: 4 }, records: { created: 0, updated: 0, unchanged: 0 },
    keptNewer: 4, dialect: { encoding: "windows-1250", bom: false, delimiter: ";", dayFirst: true, decimalComma: true },
  };
  const { card, text } = importResultCard(outcome, (key, params) => translate("pl", key, params));
  expect(cardProblems(card)).toEqual([]);
  expect(text).toContain("Odczytano jako Windows-1250 rozdzielany średnikami, daty z dniem na początku, przecinek dziesiętny.");
  expect(text).toContain("Magazyn zawierał już dane z nowszego raportu dla subskrypcji w liczbie 4: zostały zachowane, a ten starszy plik uzupełnił tylko brakujące dane.");
});
