// The daily alert scan of one space over 50,000 subscriptions (5,000 synthetic customers x 10,
// end dates spread over 400 days) on SQLite and PostgreSQL: the scan that finds what crossed a
// threshold, went over its limit or was suspended (target <= 1 s), measured on a space whose
// ledger already holds the first scan's alerts (the steady state: most findings filtered out),
// and the first scan of a new space with writing its ledger rows.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openStore, type Store } from "../domain/store/client.js";
import { findingCount, recordAlerts, scanAlerts, type AlertScope } from "../domain/alerts/scan.js";
import { createTestDatabase } from "../test/support/postgres.js";
import { writeSyntheticPartner } from "../test/reports/syntheticPartner.js";
import { ms, timeIt, writeBenchmarkSection } from "./support.js";

const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 5_000);
const NOW = new Date("2026-11-23T09:00:00Z");
const DAY = 86_400_000;

async function measure(engine: string, store: Store): Promise<string> {
  const { subscriptions } = await writeSyntheticPartner(store.db, NOW, CUSTOMERS, 10);
  const scope = (spaceId: string, now = NOW): AlertScope => ({ spaceId, now, thresholds: [90, 30, 7, 1], viewer: { email: "bench", role: "readonly", adminId: null }, filter: {}, timeZone: "UTC" });
  let start = process.hrtime.bigint();
  const first = await scanAlerts(store.db, scope("space-first"));
  await recordAlerts(store.db, "space-first", first, NOW);
  const firstMs = Number(process.hrtime.bigint() - start) / 1e6;
  const nextDay = new Date(NOW.getTime() + DAY);
  const steady = await timeIt(() => scanAlerts(store.db, scope("space-first", nextDay)), 20, 3);
  const newFindings = findingCount(await scanAlerts(store.db, scope("space-first", nextDay)));
  start = process.hrtime.bigint();
  const regional = await scanAlerts(store.db, { ...scope("space-eu"), filter: { region: "EU" } });
  const regionalMs = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(engine, { firstMs, steady, first: findingCount(first), newFindings, regional: findingCount(regional), regionalMs });
  return `| ${engine} | ${subscriptions.toLocaleString("en")} | ${ms(firstMs)} ms (${findingCount(first).toLocaleString("en")} alerts written) | ${ms(steady.p50)} / ${ms(steady.p99)} ms (${newFindings} new) | ${ms(regionalMs)} ms |`;
}

const rows: string[] = [];
const dir = mkdtempSync(path.join(tmpdir(), "bench-alerts-"));
const sqlite = await openStore(`file:${path.join(dir, "bench.db")}`);
rows.push(await measure("SQLite", sqlite));
await sqlite.close();
rmSync(dir, { recursive: true, force: true });
try {
  const database = await createTestDatabase();
  const postgres = await openStore(database.url);
  rows.push(await measure("PostgreSQL 15", postgres));
  await postgres.close();
  await database.drop();
} catch (error) {
  rows.push(`| PostgreSQL | not measured: ${(error as Error).message} | | | |`);
}

writeBenchmarkSection("alerts", `## Alerts: the daily scan of a space over 50,000 subscriptions

Dataset: ${CUSTOMERS.toLocaleString("en")} synthetic customers x 10 subscriptions (test/reports/syntheticPartner.ts, planner statistics
refreshed as after an import), thresholds 90, 30, 7, 1.
"First scan" finds everything in the 91-day window (no ledger yet) and writes its alert_ledger rows; "next day" is the
steady state (the ledger filters what was said), p50 / p99 of 20 runs; "EU space" is a first scan narrowed to one region.
Target: a scan <= 1,000 ms.

| engine | subscriptions | first scan + ledger | next day p50 / p99 | EU space, first scan |
|---|---|---|---|---|
${rows.join("\n")}`);
