// Partner analytics on a demo partner of 10,000 customers, on SQLite and PostgreSQL: the KPI
// strip, each section's first page, the customer list and the call-queue KPIs, each as p50/p99
// and as a ratio to the same figures hand-written in SQL through the raw driver (the floor).
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { createTestDatabase } from "../test/support/postgres.js";
import { fixedClock } from "../domain/clock.js";
import {
  aboutToExpireSection, aboutToRenewSection, assignmentThresholds, callQueueKpis, customerList, DEFAULT_ANALYTICS_SETTINGS, kpiStrip,
  lowAssignmentSection, overLimitSection, recentlyAddedSection, weekStartOf, type AnalyticsContext,
} from "../domain/analytics/index.js";
import { openStore, type Store } from "../domain/store/client.js";
import { generateDemoPartner, writeDemoPartner } from "../prisma/seed/index.js";
import { ms, timeIt, writeBenchmarkSection, type Timing } from "./support.js";

const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 60);
const NOW = new Date("2026-03-04T09:00:00.000Z");
const DAY = 86_400_000;

type Raw = (text: string, params: unknown[]) => Promise<unknown[]>;

// Hand-written SQL of the same figures, with no rollups, filters or viewer: the floor.
function floors(raw: Raw, date: (d: Date) => unknown, low: string) {
  const now = date(NOW), in90 = date(new Date(NOW.getTime() + 90 * DAY)), ago90 = date(new Date(NOW.getTime() - 90 * DAY));
  const live = `s.status = 'active' AND (s.auto_renew = true OR s.end_at IS NULL OR s.end_at > ?)`;
  const perSub = (extra: string) => `SELECT s.id, s.customer_id, s.start_at, s.end_at, SUM(l.total) total, SUM(l.assigned) assigned, SUM(l.used) used
    FROM subscriptions s JOIN license_lines l ON l.subscription_id = s.id WHERE l.family = 'meetings' AND ${live} AND ${extra} GROUP BY s.id, s.customer_id, s.start_at, s.end_at`;
  const section = async (extra: string, params: unknown[], order: string) => {
    await raw(`SELECT COUNT(*), COUNT(DISTINCT x.customer_id), SUM(x.total), SUM(x.assigned), SUM(x.used) FROM (${perSub(extra)}) x`, [now, ...params]);
    await raw(`SELECT x.*, c.name FROM (${perSub(extra)}) x JOIN customers c ON c.id = x.customer_id ORDER BY ${order} LIMIT 10`, [now, ...params]);
  };
  const lines = `license_lines l JOIN subscriptions s ON s.id = l.subscription_id JOIN customers c ON c.id = s.customer_id WHERE l.family = 'meetings' AND ${live}`;
  return {
    kpiStrip: () => raw(`SELECT COUNT(DISTINCT s.customer_id),
        COUNT(DISTINCT CASE WHEN s.auto_renew = false AND s.end_at > ? AND s.end_at <= ? THEN s.customer_id END),
        COUNT(DISTINCT CASE WHEN s.auto_renew = true AND s.end_at > ? AND s.end_at <= ? THEN s.customer_id END),
        COUNT(DISTINCT CASE WHEN ${low} THEN s.customer_id END),
        COUNT(DISTINCT CASE WHEN l.assigned > l.total THEN s.customer_id END)
      FROM subscriptions s JOIN license_lines l ON l.subscription_id = s.id WHERE l.family = 'meetings' AND ${live}`, [now, in90, now, in90, now]),
    recentlyAdded: () => section(`s.start_at >= ? AND s.start_at <= ?`, [ago90, now], "x.start_at DESC"),
    aboutToExpire: () => section(`s.auto_renew = false AND s.end_at > ? AND s.end_at <= ?`, [now, in90], "x.end_at"),
    aboutToRenew: () => section(`s.auto_renew = true AND s.end_at > ? AND s.end_at <= ?`, [now, in90], "x.end_at"),
    lowAssignment: async () => {
      await raw(`SELECT COUNT(*), COUNT(DISTINCT c.id), SUM(l.total), SUM(l.assigned), SUM(l.used) FROM ${lines} AND ${low}`, [now]);
      await raw(`SELECT c.name, s.id, l.* FROM ${lines} AND ${low} ORDER BY l.assigned * 1.0 / l.total LIMIT 10`, [now]);
    },
    overLimit: async () => {
      await raw(`SELECT COUNT(*), COUNT(DISTINCT c.id), SUM(l.assigned - l.total) FROM ${lines} AND l.assigned > l.total`, [now]);
      await raw(`SELECT c.name, s.id, l.* FROM ${lines} AND l.assigned > l.total ORDER BY l.assigned - l.total DESC LIMIT 10`, [now]);
    },
    callQueues: async () => {
      const week = date(new Date(weekStartOf(NOW).getTime() - 7 * DAY));
      await raw(`SELECT COUNT(*), SUM(total_calls), SUM(answered), SUM(abandoned), SUM(answer_wait_seconds), SUM(abandon_wait_seconds) FROM call_queue_weeks WHERE week_start = ?`, [week]);
      await raw(`SELECT c.name, q.* FROM call_queue_weeks q JOIN customers c ON c.id = q.customer_id WHERE q.week_start = ?
        ORDER BY CASE WHEN q.total_calls > 0 THEN q.abandoned * 1.0 / q.total_calls ELSE 0 END DESC LIMIT 10`, [week]);
    },
    customerList: () => raw(`SELECT c.id, c.name FROM customers c ORDER BY c.name_key LIMIT 10`, []),
  };
}

async function lowCondition(store: Store): Promise<string> {
  const thresholds = await assignmentThresholds(store.db, "meetings", NOW, DEFAULT_ANALYTICS_SETTINGS);
  const cutoff = new Date(NOW.getTime() - 30 * DAY).toISOString();
  const below = thresholds.map((t) => `(l.product = '${t.product}' AND l.assigned * ${t.total} < ${t.assigned} * l.total)`).join(" OR ") || "1 = 0";
  return `(l.total > 0 AND s.start_at <= '${cutoff.replace("Z", store.engine === "sqlite" ? "+00:00" : "Z")}' AND (${below}))`;
}

interface Row { query: string; ours: Timing; floor: Timing }

async function measure(store: Store, raw: Raw, date: (d: Date) => unknown): Promise<Row[]> {
  const ctx: AnalyticsContext = { db: store.db, clock: fixedClock(NOW), viewer: { email: "bench@partner.example", role: "full", adminId: null } };
  const floor = floors(raw, date, await lowCondition(store));
  const q = { family: "meetings" as const };
  const cases: [string, () => Promise<unknown>, () => Promise<unknown>][] = [
    ["KPI strip (Meetings)", () => kpiStrip(ctx, q), floor.kpiStrip],
    ["Recently added, page 1", () => recentlyAddedSection(ctx, q), floor.recentlyAdded],
    ["About to expire, page 1", () => aboutToExpireSection(ctx, q), floor.aboutToExpire],
    ["About to renew, page 1", () => aboutToRenewSection(ctx, q), floor.aboutToRenew],
    ["Low license assignment, page 1", () => lowAssignmentSection(ctx, q), floor.lowAssignment],
    ["Over license limit, page 1", () => overLimitSection(ctx, q), floor.overLimit],
    ["Call-queue KPIs, page 1", () => callQueueKpis(ctx), floor.callQueues],
    ["Customer list with statuses, page 1", () => customerList(ctx), floor.customerList],
  ];
  const rows: Row[] = [];
  for (const [query, ours, hand] of cases) {
    rows.push({ query, ours: await timeIt(ours, RUNS), floor: await timeIt(hand, RUNS) });
    console.log(`${store.engine} ${query}: p50 ${ms(rows.at(-1)!.ours.p50)} p99 ${ms(rows.at(-1)!.ours.p99)} floor p50 ${ms(rows.at(-1)!.floor.p50)}`);
  }
  return rows;
}

async function onSqlite(partner: ReturnType<typeof generateDemoPartner>): Promise<Row[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "partnerhub-analytics-bench-"));
  const file = path.join(dir, "bench.db");
  const store = await openStore(`file:${file}`);
  try {
    // No ANALYZE of our own: the rollup refresh at the end of the seed runs it (a bulk refresh),
    // so these are the plans a partner gets right after an import.
    await writeDemoPartner(store.db, partner);
    const driver = new Database(file, { readonly: true });
    const rows = await measure(store, async (text, params) => driver.prepare(text).all(...(params as string[])), (d) => d.toISOString().replace("Z", "+00:00"));
    driver.close();
    return rows;
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function onPostgres(partner: ReturnType<typeof generateDemoPartner>): Promise<Row[]> {
  const database = await createTestDatabase();
  try {
    const store = await openStore(database.url);
    await writeDemoPartner(store.db, partner);
    // The same session settings as the store (domain/store/client.ts turns JIT off).
    const client = new pg.Client({ connectionString: database.url, options: "-c jit=off" });
    await client.connect();
    const numbered = (text: string) => { let n = 0; return text.replace(/\?/g, () => `$${++n}`); };
    const rows = await measure(store, async (text, params) => (await client.query(numbered(text), params)).rows, (d) => d);
    await client.end();
    await store.close();
    return rows;
  } finally {
    await database.drop();
  }
}

const partner = generateDemoPartner({ customers: CUSTOMERS, seed: 42, now: NOW });
const dataset = `${partner.customers.length.toLocaleString("en")} customers, ${partner.subscriptions.length.toLocaleString("en")} subscriptions, ` +
  `${partner.licenseLines.length.toLocaleString("en")} license lines, ${partner.licenseSnapshots.length.toLocaleString("en")} weekly snapshots, ` +
  `${partner.callQueueWeeks.length.toLocaleString("en")} call-queue weeks`;
console.log(dataset);
// Other engineers' test runs share the 2 cores: the load says how much to trust a p99.
const load = () => loadavg().map((l) => l.toFixed(2)).join(" / ");
const loadBefore = load();
const results = { SQLite: await onSqlite(partner), PostgreSQL: await onPostgres(partner) };
const loadAfter = load();

const lines = [
  "## Partner analytics",
  "",
  `Dataset: the demo partner (seed 42) of ${dataset}; "now" ${NOW.toISOString()}, full administrator, no filter, Meetings, pages of 10.`,
  `Each query ${RUNS} runs after 5 warm-up runs, through \`domain/analytics\` (Prisma, all round trips of the view model included).`,
  "Floor: the same figures hand-written in SQL through the raw driver (better-sqlite3 / pg), without rollups, filter or viewer scope; ratio = our p50 / floor p50.",
  "Measured right after the seed: its rollup refresh runs ANALYZE, nothing else does; PostgreSQL's autovacuum may run meanwhile.",
  `Load average (1 / 5 / 15 min) before: ${loadBefore}; after: ${loadAfter} (2 cores; above 2 means other work competed).`,
  "",
  "| engine | query | p50 ms | p99 ms | floor p50 ms | floor p99 ms | ratio |",
  "|---|---|---:|---:|---:|---:|---:|",
];
for (const [engine, rows] of Object.entries(results)) {
  for (const r of rows) lines.push(`| ${engine} | ${r.query} | ${ms(r.ours.p50)} | ${ms(r.ours.p99)} | ${ms(r.floor.p50)} | ${ms(r.floor.p99)} | ${(r.ours.p50 / r.floor.p50).toFixed(2)} |`);
}
writeBenchmarkSection("analytics", lines.join("\n"));
console.log(lines.join("\n"));
