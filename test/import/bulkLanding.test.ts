// A report landing into a SQLite store smaller than itself (a partner's first import) is a bulk
// load: the landed tables' secondary indexes are dropped and built again afterwards
// (domain/store/bulkIndexes.ts). What the bot relies on after it: the same indexes as the
// migrations made, planner statistics for each of them, and the rows all there.
import { afterAll, beforeAll, expect, it } from "vitest";
import { fixedClock } from "../../domain/clock.js";
import { importReport } from "../../domain/import/index.js";
import { openStore, type Store } from "../../domain/store/client.js";
import { createTestSqlite, type TestSqlite } from "../support/sqlite.js";
import { subscriptionDetailsCsv } from "./support.js";

const clock = fixedClock("2026-11-23T10:00:00Z");
const LANDED_TABLES = ["customers", "subscriptions", "license_lines", "dated_snapshots", "license_snapshots"];

let file: TestSqlite;
let store: Store;
beforeAll(async () => {
  file = createTestSqlite();
  store = await openStore(file.url);
});
afterAll(async () => {
  await store.close();
  file.remove();
});

const indexes = () => store.db.$queryRawUnsafe<Array<{ name: string; tbl_name: string; sql: string }>>(
  "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name",
);
/** Where each landed table's index starts in the file: a rebuilt index starts on a new page. */
const rootPages = () => store.db.$queryRawUnsafe<Array<{ name: string; rootpage: unknown }>>(
  `SELECT name, rootpage FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${LANDED_TABLES.map((t) => `'${t}'`).join(", ")}) ORDER BY name`,
);
const analyzed = async () => new Set((await store.db.$queryRawUnsafe<Array<{ idx: string }>>("SELECT idx FROM sqlite_stat1 WHERE idx IS NOT NULL")).map((r) => r.idx));

/** Subscriptions Bulk-<from>… of two per customer, the same customer for the same subscription in every report. */
const report = (rows: number, from: number) => subscriptionDetailsCsv(Array.from({ length: rows }, (_, i) => {
  const customer = Math.floor((from + i) / 2);
  return { orgId: `00000000-0000-4000-9000-${String(customer).padStart(12, "0")}`, customerName: `Bulk Customer ${customer}`, subscriptionId: `Bulk-${from + i}` };
}));

it("leaves every index the migrations made, each with planner statistics, after a first import into an empty store", async () => {
  const before = await indexes();
  expect(before.filter((i) => LANDED_TABLES.includes(i.tbl_name)).length).toBeGreaterThan(10);
  const outcome = await importReport({ db: store.db, bytes: report(600, 0), fileName: "first.csv", actor: "ana@partner.example", source: "cli", clock });
  expect(outcome).toMatchObject({ ok: true, rowsRead: 600, customers: { created: 300 }, subscriptions: { created: 600 } });
  expect(await indexes()).toEqual(before);
  const stats = await analyzed();
  for (const index of before.filter((i) => LANDED_TABLES.includes(i.tbl_name))) expect(stats, index.name).toContain(index.name);
  expect(await store.db.subscription.count()).toBe(600);
  expect(await store.db.licenseLine.count()).toBe(600);
});

it("lands a smaller report into the filled store without rebuilding its indexes, and plans through them", async () => {
  const before = await rootPages();
  // The first report's last ten subscriptions again, figures unchanged.
  const outcome = await importReport({ db: store.db, bytes: report(10, 590), fileName: "second.csv", actor: "ana@partner.example", source: "cli", clock });
  expect(outcome).toMatchObject({ ok: true, rowsRead: 10, customers: { created: 0, updated: 0, unchanged: 5 }, subscriptions: { created: 0, updated: 0, unchanged: 10 } });
  expect(await rootPages()).toEqual(before);
  const [plan] = await store.db.$queryRawUnsafe<Array<{ detail: string }>>(
    "EXPLAIN QUERY PLAN SELECT id FROM subscriptions WHERE customer_id = '00000000-0000-4000-9000-000000000001' AND status = 'active'",
  );
  expect(plan?.detail).toContain("subscriptions_customer_id_status_auto_renew_end_at_idx");
});
