// The streaming reader against the fixtures of every report kind: read from a file on disk, from
// bytes and from the Partner Reports zip, each lands the same; csv-parse's RFC 4180 handling
// keeps line numbers right across quoted line breaks; a zip is inflated only for its one report
// entry, within the size limit and a compression ratio no report reaches.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { fixedClock } from "../../domain/clock.js";
import { headerKey } from "../../domain/import/columns.js";
import { importReport, prepareImport, importLimits, type ImportOutcome } from "../../domain/import/index.js";
import { describeEachEngine } from "../support/engines.js";
import { fixture, storeSnapshot, subscriptionDetailsCsv, zipOf } from "./support.js";
import { zeroZip } from "../support/zipBomb.js";

const clock = fixedClock("2026-11-23T10:00:00Z");
const dir = mkdtempSync(path.join(tmpdir(), "partnerhub-streaming-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const onDisk = (name: string, content: Buffer): string => {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
};

/** The counts and figures of an outcome, without what differs between two runs (ids, names). */
const essence = (outcome: ImportOutcome) => outcome.ok
  ? { kind: outcome.kind, rowsRead: outcome.rowsRead, reportDate: outcome.reportDate, customers: outcome.customers, subscriptions: outcome.subscriptions, records: outcome.records }
  : { refusal: outcome.refusal, problems: outcome.problems };

const KIND_FIXTURES = [
  ["subscription-details-bom-crlf.csv", "subscription-details"],
  ["call-history.csv", "call-history"],
  ["call-queue-stats.csv", "call-queue-stats"],
  ["calling-usage.csv", "calling-usage"],
] as const;

describeEachEngine("the streaming reader, each kind from a file, from bytes and zipped", (getStore) => {
  for (const [name, kind] of KIND_FIXTURES) {
    it(`lands ${kind} the same from a file path as from bytes, and as the zip's one entry`, async () => {
      const db = getStore().db;
      const base = { db, actor: "ana", source: "cli" as const, clock };
      const fromPath = await importReport({ ...base, path: onDisk(name, fixture(name)), fileName: name });
      expect(fromPath).toMatchObject({ ok: true, kind, dialect: { encoding: "utf-8", delimiter: "," } });
      const snapshot = await storeSnapshot(db);
      // The same rows again, from memory and from a zip holding it beside files that are not reports.
      const again = await importReport({ ...base, bytes: fixture(name), fileName: name });
      const zipped = await importReport({ ...base, path: onDisk(`${name}.zip`, zipOf({ [name]: fixture(name), "__MACOSX/._x": Buffer.from("x"), "readme.txt": Buffer.alloc(10) })), fileName: "report.zip" });
      for (const outcome of [again, zipped]) {
        expect(essence(outcome)).toMatchObject({ kind, rowsRead: (fromPath as { rowsRead: number }).rowsRead });
        if (outcome.ok) expect([outcome.customers.created, outcome.subscriptions.created, outcome.records.created]).toEqual([0, 0, 0]);
      }
      const { importBatches: _a, auditLog: _b, ...data } = (await storeSnapshot(db)) as Record<string, unknown>;
      const { importBatches: _c, auditLog: _d, ...dataBefore } = snapshot as Record<string, unknown>;
      expect(data).toEqual(dataBefore);
    });
  }

  it("imports more rows than one batch, of one customer and of many, whole", async () => {
    const rows = [
      ...Array.from({ length: 6500 }, (_, i) => ({ orgId: "a0000000-0000-4000-8000-000000000001", customerName: "Big One", subscriptionId: `Big-${i}` })),
      ...Array.from({ length: 6000 }, (_, i) => ({ subscriptionId: `Many-${i}` })),
    ];
    const outcome = await importReport({ db: getStore().db, path: onDisk("big.csv", subscriptionDetailsCsv(rows)), fileName: "big.csv", actor: "ana", source: "cli", clock });
    expect(outcome).toMatchObject({ ok: true, rowsRead: 12_500, subscriptions: { created: 12_500 }, customers: { created: 6001 } });
    expect(await getStore().db.subscription.count({ where: { customerId: "a0000000-0000-4000-8000-000000000001" } })).toBe(6500);
  });
});

it("keeps line numbers right after quoted line breaks, doubled quotes, blank lines and rows of empty cells", async () => {
  // A spreadsheet writes a cleared row as its separators alone: skipped, but still a line.
  const csv = subscriptionDetailsCsv([{ customerName: 'Two\nLines "Quoted" Ltd' }, {}, { status: "Maybe" }]).toString("utf8").replace(/\r\n(?=[^\r\n]*Maybe)/, "\r\n\r\n , ,,\r\n");
  const outcome = await prepareImport(Buffer.from(csv), "x.csv", importLimits());
  expect(outcome).toMatchObject({ ok: false, refusal: "invalidRows", rowsRead: 3, problems: [{ line: 7, column: "Subscription Status", value: "Maybe" }] });
});

it("refuses a quote that never closes with the line it starts on", async () => {
  const csv = `${subscriptionDetailsCsv([{}]).toString("utf8")}2026-11-20,"Open quote,x\r\n`;
  expect(await prepareImport(Buffer.from(csv), "x.csv", importLimits())).toMatchObject({ ok: false, refusal: "badCsv", dialect: { encoding: "utf-8", delimiter: "," } });
});

it("compares headers without case, accents, spaces or punctuation", () => {
  expect(headerKey(' "Expiration / Renewal Date" ')).toBe(headerKey("expiration/renewal date"));
  expect(headerKey("Fecha de cálculo")).toBe("fechadecalculo");
});


it("refuses a zip bomb by its ratio without inflating it, and inflates no entry but the report", async () => {
  const limits = importLimits({ maxBytes: 64 * 2 ** 20 });
  const bomb = zeroZip([{ name: "report.csv", size: 40 * 2 ** 20 }]);
  expect(bomb.length).toBeLessThan(100_000);
  expect(await prepareImport(bomb, "bomb.zip", limits)).toMatchObject({ ok: false, refusal: "zipSuspicious", details: { name: "report.csv", ratio: 100 } });
  // Beside one small report, forty big zero entries that are not CSVs are never inflated.
  const report = subscriptionDetailsCsv([{}]);
  const many = zipOf({ "report.csv": report, ...Object.fromEntries(Array.from({ length: 3 }, (_, i) => [`pad${i}.bin`, Buffer.alloc(2 ** 20)])) });
  expect(await prepareImport(many, "many.zip", limits)).toMatchObject({ kind: "subscription-details", rowsRead: 1 });
  // Over the size limit as declared: refused before inflating.
  expect(await prepareImport(zeroZip([{ name: "r.csv", size: 3 * 2 ** 20 }]), "big.zip", importLimits({ maxBytes: 2 ** 20 }))).toMatchObject({ refusal: "tooLarge" });
});
