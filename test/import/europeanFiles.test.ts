// The report fixtures as a partner gets them back after opening them in a European spreadsheet
// and saving again (written here, never downloaded): Windows code pages or UTF-16 with a BOM,
// semicolons or tabs, day-first dates, decimal commas and thousands dots, TRUE/FALSE in the
// spreadsheet's language. Each lands exactly what the original landed: imported after the
// original, it changes nothing, and the store is the same row for row.
import { parse } from "csv-parse/sync";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../domain/clock.js";
import { importReport, type ImportOutcome } from "../../domain/import/index.js";
import type { Delimiter, Encoding } from "../../domain/import/dialect.js";
import { translate } from "../../domain/i18n/catalogue.js";
import { importResultCard } from "../../cards/importResult.js";
import { freshStore, type EngineName } from "../support/engines.js";
import { fixture, storeSnapshot, subscriptionDetailsCsv } from "./support.js";

const clock = fixedClock("2026-11-23T10:00:00Z");
const ORIGINALS = ["subscription-details-bom-crlf.csv", "calling-usage.csv", "call-queue-stats.csv", "call-history.csv"] as const;
const BOOLEAN_COLUMNS = new Set(["Answered", "Auto-Renew Enabled"]);

interface Variant {
  title: string;
  encoding: Encoding;
  bom: boolean;
  delimiter: Delimiter;
  dateSeparator: "." | "/";
  words: [yes: string, no: string];
  /** The customer name the original and the variant both carry, in the variant's language. */
  name: string;
  engines: EngineName[];
  /** What the result card says for the calling usage file (it has decimal commas). */
  read: string;
}

const VARIANTS: Variant[] = [
  { title: "German Excel", encoding: "windows-1252", bom: false, delimiter: ";", dateSeparator: ".", words: ["WAHR", "FALSCH"], name: "Dürer Architekten GmbH", engines: ["sqlite", "postgres"], read: "Read as semicolon-separated Windows-1252, dates day first, decimal comma." },
  { title: "Polish Excel", encoding: "windows-1250", bom: false, delimiter: ";", dateSeparator: ".", words: ["PRAWDA", "FAŁSZ"], name: "Zakład Łódź Spółka", engines: ["sqlite"], read: "Read as semicolon-separated Windows-1250, dates day first, decimal comma." },
  { title: "Spanish Excel, Unicode text", encoding: "utf-16le", bom: true, delimiter: "\t", dateSeparator: "/", words: ["VERDADERO", "FALSO"], name: "Compañía Ibérica", engines: ["sqlite"], read: "Read as tab-separated UTF-16, dates day first, decimal comma." },
  { title: "French LibreOffice", encoding: "utf-8", bom: true, delimiter: ";", dateSeparator: "/", words: ["VRAI", "FAUX"], name: "Société Générale", engines: ["sqlite"], read: "Read as semicolon-separated UTF-8, dates day first, decimal comma." },
  { title: "Portuguese Excel", encoding: "windows-1252", bom: false, delimiter: ";", dateSeparator: "/", words: ["VERDADEIRO", "FALSO"], name: "São Paulo Ltda", engines: ["sqlite"], read: "Read as semicolon-separated Windows-1252, dates day first, decimal comma." },
];

/** The records of a comma-separated UTF-8 fixture, as the import's own CSV reader splits them. */
function records(text: string): string[][] {
  return parse(text, { skip_empty_lines: true, skip_records_with_empty_values: true, relax_column_count: true });
}

function europeanCell(value: string, header: string, v: Variant): string {
  const d = v.dateSeparator;
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return `${m[3]}${d}${m[2]}${d}${m[1]}`;
  m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2}:\d{2})(?:\.000)?Z$/.exec(value);
  if (m) return `${m[3]}${d}${m[2]}${d}${m[1]} ${m[4]}`;
  if (/^\d+\.\d+$/.test(value)) return value.replace(".", ",");
  if (/^\d{4,}$/.test(value)) return value.replace(/\B(?=(\d{3})+$)/g, ".");
  if (BOOLEAN_COLUMNS.has(header)) {
    if (/^(yes|true)$/i.test(value)) return v.words[0];
    if (/^(no|false)$/i.test(value)) return v.words[1];
  }
  return value;
}

/** The original (UTF-8, commas) with the variant's customer name: what the variant must equal. */
const original = (file: string, v: Variant): Buffer =>
  Buffer.from(fixture(file).toString("utf8").replace(/^\ufeff/, "").replaceAll("Acme Dental, Inc.", v.name), "utf8");

function european(file: string, v: Variant): Buffer {
  const [header, ...rows] = records(original(file, v).toString("utf8"));
  const quote = (s: string) => (s.includes(v.delimiter) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [header!, ...rows.map((r) => r.map((cell, i) => europeanCell(cell, header![i]!, v)))].map((r) => r.map(quote).join(v.delimiter));
  const body = iconv.encode(`${lines.join("\r\n")}\r\n`, v.encoding);
  const mark = !v.bom ? [] : v.encoding === "utf-8" ? [0xef, 0xbb, 0xbf] : [0xff, 0xfe];
  return Buffer.concat([Buffer.from(mark), body]);
}

function landed(outcome: ImportOutcome) {
  if (!outcome.ok) throw new Error(`refused: ${outcome.refusal} ${JSON.stringify(outcome.problems.slice(0, 3))}`);
  return outcome;
}

const withoutLedger = (snapshot: unknown) => {
  const { importBatches: _b, auditLog: _a, ...data } = snapshot as Record<string, unknown>;
  return data;
};

for (const v of VARIANTS) {
  for (const engine of v.engines) {
    describe(`${v.title} files [${engine}]`, () => {
      let current: Awaited<ReturnType<typeof freshStore>>;
      const run = (bytes: Buffer, fileName: string) =>
        importReport({ db: current.store.db, bytes, fileName, actor: "ana@partner.example", source: "space", clock });
      beforeAll(async () => {
        current = await freshStore(engine);
        for (const file of ORIGINALS) landed(await run(original(file, v), file));
      });
      afterAll(async () => { await current?.dispose(); });

      it.each(ORIGINALS)("imports %s saved again as the original landed it", async (file) => {
        // Queue statistics and call records write the same weeks: land this file's original last.
        landed(await run(original(file, v), file));
        const before = await storeSnapshot(current.store.db);
        const bytes = european(file, v);
        const outcome = landed(await run(bytes, `${file}.european.csv`));
        // A file with no letter beyond ASCII (call records name no customer) is the same bytes in UTF-8.
        const ascii = bytes.every((b) => b < 0x80);
        const encoding = ascii && v.encoding.startsWith("windows") ? "utf-8" : v.encoding;
        expect(outcome.dialect).toMatchObject({ encoding, bom: v.bom, delimiter: v.delimiter, dayFirst: true });
        for (const counts of [outcome.customers, outcome.subscriptions, outcome.records]) expect(counts).toMatchObject({ created: 0, updated: 0 });
        expect(withoutLedger(await storeSnapshot(current.store.db))).toEqual(withoutLedger(before));
      });

      it("says in the result card what it detected", async () => {
        const outcome = landed(await run(european("calling-usage.csv", v), "usage.csv"));
        expect(importResultCard(outcome, (key, params) => translate("en", key, params)).text.split("\n")).toContain(v.read);
      });
    });
  }
}

describe("dates that could be read two ways [sqlite]", () => {
  let current: Awaited<ReturnType<typeof freshStore>>;
  beforeAll(async () => { current = await freshStore("sqlite"); });
  afterAll(async () => { await current?.dispose(); });
  const run = (bytes: Buffer) => importReport({ db: current.store.db, bytes, fileName: "export.csv", actor: "ana", source: "space", clock });
  const rows = [{ calculationDate: "04/12/2026", endAt: "05/01/2027", customerName: "Ambiguous Org", subscriptionId: "Sub-AMB-1" }];

  it("refuses 04/12/2026 when nothing in a comma-separated file says the order, and names each date", async () => {
    const outcome = await run(subscriptionDetailsCsv(rows));
    if (outcome.ok) throw new Error("expected a refusal");
    expect(outcome.refusal).toBe("invalidRows");
    expect(outcome.problems.map((p) => [p.column, p.value, p.expected])).toEqual([
      ["Calculation Date", "04/12/2026", "unambiguousDate"],
      ["Expiration/Renewal Date", "05/01/2027", "unambiguousDate"],
    ]);
    const es = importResultCard(outcome, (key, params) => translate("es", key, params)).text.split("\n");
    expect(es).toContain('Línea 2, columna "Calculation Date": "04/12/2026" no es una fecha que solo se pueda leer de una manera (el día y el mes podrían intercambiarse); escríbala como 2026-12-04 (año-mes-día) o 04.12.2026 (día.mes.año).');
    expect(await current.store.db.customer.count()).toBe(0);
  });

  it("reads the same dates day first when the file is semicolon-separated, or another date says so", async () => {
    const semicolons = Buffer.from(subscriptionDetailsCsv(rows).toString("utf8").replaceAll(",", ";"), "utf8");
    expect(landed(await run(semicolons)).reportDate).toEqual(new Date("2026-12-04T00:00:00Z"));
    const told = subscriptionDetailsCsv([...rows, { calculationDate: "04/12/2026", endAt: "31/01/2027", subscriptionId: "Sub-AMB-2" }]);
    const outcome = landed(await run(told));
    expect(outcome.dialect?.dayFirst).toBe(true);
    expect((await current.store.db.subscription.findUniqueOrThrow({ where: { id: "Sub-AMB-1" } })).endAt).toEqual(new Date("2027-01-05T00:00:00Z"));
  });
});
