// Calling analytics and their pictures on a demo partner of 10,000 customers with 8 weeks of
// calling usage, on SQLite and PostgreSQL: each `calling …` and `trend` card (the store's typed
// queries, the pure view and the card builder: everything the handler does before posting),
// then the pictures: drawing time, the memory the bot's process gains while they are drawn in the
// chart process (and what drawing in the bot's own process would have cost), and how long after
// the card the pictures are ready to post.
import type { ActionData } from "../cards/actions.js";
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { translatorFor } from "../domain/i18n/catalogue.js";
import { openStore, type Store } from "../domain/store/client.js";
import { readFeatures, readLicenseTrend, readQuality, readUsage, readUsageWeeks } from "../domain/calling/read.js";
import type { CallingScope } from "../domain/store/calling/scope.js";
import { usageCard, customerUsageCard } from "../cards/calling/usageCard.js";
import { qualityCard } from "../cards/calling/qualityCard.js";
import { featuresCard } from "../cards/calling/featuresCard.js";
import { licenseTrendCard } from "../cards/calling/licenseTrendCard.js";
import type { ChartSpec } from "../cards/charts/chartSpec.js";
import { renderChartPng } from "../cards/charts/renderChart.js";
import { CHART_FONTS } from "../bot/charts/fonts.js";
import { createChartRenderer } from "../bot/charts/chartRenderer.js";
import { generateDemoPartner, writeDemoPartner } from "../prisma/seed/index.js";
import { ms, timeIt, writeBenchmarkSection, type Timing } from "./support.js";
import { createTestDatabase } from "../test/support/postgres.js";

const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 60);
const CHART_RUNS = Number(process.env.BENCH_CHART_RUNS ?? 40);
const NOW = new Date("2026-03-04T09:00:00.000Z");
const t = translatorFor("en");
const locale = { language: "en" as const, timeZone: "UTC" };
// Button data the bench does not read.
const none = { action: "bench" } as unknown as ActionData;
const page = { page: 1, pageSize: 10 };
const load = () => loadavg().map((l) => l.toFixed(2)).join(" / ");

interface Row { command: string; timing: Timing }

async function measure(store: Store, customerId: string): Promise<{ rows: Row[]; pictures: ChartSpec[] }> {
  const viewer = { email: "bench@partner.example", role: "full" as const, adminId: null };
  const scope = (more: Partial<CallingScope> = {}): CallingScope => ({ viewer, filter: {}, now: NOW, ...more });
  const eu = scope({ filter: { region: "EU" } });
  const one = scope({ customerId });
  const db = store.db;
  const common = { switches: [], pageAction: () => none, select: () => none };
  const cases: Array<[string, () => Promise<{ pictures: ChartSpec[] }>]> = [
    ["calling usage", async () => usageCard({ usage: await readUsage(db, scope(), page), ...common }, t, locale)],
    ["calling usage region:EU", async () => usageCard({ usage: await readUsage(db, eu, page), ...common }, t, locale)],
    ["calling usage <customer>", async () => customerUsageCard({ customerName: "x", weeks: await readUsageWeeks(db, one), switches: [] }, t, locale)],
    ["calling quality", async () => qualityCard({ quality: await readQuality(db, scope(), page), ...common }, t, locale)],
    ["calling quality region:EU", async () => qualityCard({ quality: await readQuality(db, eu, page), ...common }, t, locale)],
    ["calling quality <customer>", async () => qualityCard({ quality: await readQuality(db, one, page), customerName: "x", ...common }, t, locale)],
    ["calling features", async () => featuresCard({ features: await readFeatures(db, scope(), page), ...common }, t, locale)],
    ["calling features region:EU", async () => featuresCard({ features: await readFeatures(db, eu, page), ...common }, t, locale)],
    ["trend meetings", async () => licenseTrendCard({ trend: await readLicenseTrend(db, scope(), "meetings"), family: "meetings", switches: [] }, t, locale)],
    ["trend calling", async () => licenseTrendCard({ trend: await readLicenseTrend(db, scope(), "calling"), family: "calling", switches: [] }, t, locale)],
    ["trend calling region:EU", async () => licenseTrendCard({ trend: await readLicenseTrend(db, eu, "calling"), family: "calling", switches: [] }, t, locale)],
    ["trend calling <customer>", async () => licenseTrendCard({ trend: await readLicenseTrend(db, one, "calling"), family: "calling", switches: [] }, t, locale)],
  ];
  const rows: Row[] = [];
  const pictures: ChartSpec[] = [];
  for (const [command, run] of cases) {
    const timing = await timeIt(run, RUNS);
    rows.push({ command, timing });
    if (["calling quality", "calling features", "trend calling"].includes(command)) pictures.push(...(await run()).pictures);
    console.log(`${store.engine} ${command}: p50 ${ms(timing.p50)} p99 ${ms(timing.p99)}`);
  }
  return { rows, pictures };
}

async function withStore<T>(engine: "sqlite" | "postgres", partner: ReturnType<typeof generateDemoPartner>, work: (store: Store) => Promise<T>): Promise<T> {
  if (engine === "sqlite") {
    const dir = mkdtempSync(path.join(tmpdir(), "partnerhub-calling-bench-"));
    const store = await openStore(`file:${path.join(dir, "bench.db")}`);
    try {
      await writeDemoPartner(store.db, partner);
      return await work(store);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const database = await createTestDatabase();
  try {
    const store = await openStore(database.url);
    try {
      await writeDemoPartner(store.db, partner);
      return await work(store);
    } finally {
      await store.close();
    }
  } finally {
    await database.drop();
  }
}

/** The highest RSS of this process while `work` runs, sampled every 2 ms, minus the RSS before. */
async function addedRss(work: () => Promise<unknown>): Promise<number> {
  global.gc?.();
  const before = process.memoryUsage.rss();
  let peak = before;
  const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage.rss()); }, 2);
  try {
    await work();
  } finally {
    clearInterval(sampler);
  }
  return Math.max(peak, process.memoryUsage.rss()) - before;
}

async function measureCharts(pictures: readonly ChartSpec[]) {
  const drawn: number[] = [];
  let chartProcessPeak = 0;
  const charts = createChartRenderer({ log: console, onDrawn: (s) => { drawn.push(s.renderMs); chartProcessPeak = Math.max(chartProcessPeak, s.peakRssBytes); } });
  try {
    const coldStart = performance.now();
    await charts.render(pictures[0]!);
    const coldMs = performance.now() - coldStart;
    drawn.length = 0;
    // Round trips through the warm chart process, one picture at a time.
    let i = 0;
    const roundTrip = await timeIt(() => charts.render(pictures[i++ % pictures.length]!), CHART_RUNS, 4);
    const renderTimes = [...drawn].sort((a, b) => a - b);
    const inProcess = renderTimes.length ? { p50: renderTimes[Math.floor(renderTimes.length / 2)]!, p99: renderTimes[Math.min(renderTimes.length - 1, Math.ceil(0.99 * renderTimes.length) - 1)]! } : { p50: NaN, p99: NaN };
    // The quality card's two pictures, asked for as the card goes out: ready to post after this long.
    const quality = pictures.slice(0, 2);
    const afterCard = await timeIt(() => Promise.all(quality.map((spec) => charts.render(spec))), 20, 2);
    const botGrowth = await addedRss(async () => { for (let n = 0; n < 30; n++) await charts.render(pictures[n % pictures.length]!); });
    // For comparison: the same pictures drawn in this process, as a bot without the chart process would.
    const inBotGrowth = await addedRss(async () => { for (let n = 0; n < 30; n++) renderChartPng(pictures[n % pictures.length]!, CHART_FONTS); });
    return { coldMs, roundTrip, inProcess, afterCard, botGrowth, inBotGrowth, chartProcessPeak };
  } finally {
    await charts.stop();
  }
}

const partner = generateDemoPartner({ customers: CUSTOMERS, seed: 42, now: NOW });
const dataset = `${partner.customers.length.toLocaleString("en")} customers, ${partner.callingUsage.length.toLocaleString("en")} calling usage rows over 8 weeks, ` +
  `${partner.callQualityWeeks.length.toLocaleString("en")} customer-weeks of measured legs, ${partner.licenseSnapshots.length.toLocaleString("en")} weekly license snapshots`;
console.log(dataset);
const customerId = partner.callQualityWeeks[0]!.customerId;
const loadBefore = load();
const sqlite = await withStore("sqlite", partner, (store) => measure(store, customerId));
const postgres = await withStore("postgres", partner, (store) => measure(store, customerId));
const charts = await measureCharts(sqlite.pictures);
const loadAfter = load();
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);

const lines = [
  "## Calling analytics and trend",
  "",
  `Dataset: the demo partner (seed 42) of ${dataset}; "now" ${NOW.toISOString()}, full administrator, pages of 10.`,
  `Each card ${RUNS} runs after 5 warm-up runs: the typed queries (driver reads, zod-checked rows), the pure view and the card builder. Target p99 ≤ 100 ms.`,
  `Load average (1 / 5 / 15 min) before: ${loadBefore}; after: ${loadAfter} (2 cores; above 2 means other work competed).`,
  "",
  "| engine | command | p50 ms | p99 ms |",
  "|---|---|---:|---:|",
  ...sqlite.rows.map((r) => `| SQLite | \`${r.command}\` | ${ms(r.timing.p50)} | ${ms(r.timing.p99)} |`),
  ...postgres.rows.map((r) => `| PostgreSQL | \`${r.command}\` | ${ms(r.timing.p50)} | ${ms(r.timing.p99)} |`),
  "",
  "### Pictures",
  "",
  `The ${sqlite.pictures.length} pictures of \`calling quality\`, \`calling features\` and \`trend calling\` (800 × 450, ECharts SVG + resvg, Noto Sans), ${CHART_RUNS} runs in the warm chart process.`,
  "",
  "| what | figure | target |",
  "|---|---:|---|",
  `| drawing one picture, p50 / p99 | ${ms(charts.inProcess.p50)} / ${ms(charts.inProcess.p99)} ms | p99 ≤ 150 ms |`,
  `| round trip bot → chart process → bot, p50 / p99 | ${ms(charts.roundTrip.p50)} / ${ms(charts.roundTrip.p99)} ms | |`,
  `| quality card's two pictures ready after the card, p50 / p99 | ${ms(charts.afterCard.p50)} / ${ms(charts.afterCard.p99)} ms | ≤ 1 s |`,
  `| first picture after the chart process starts (cold) | ${ms(charts.coldMs)} ms | \`npm start\` starts it with the bot |`,
  `| RSS the bot's process gains while 30 pictures are drawn | ${mb(charts.botGrowth)} MB | ≤ 60 MB |`,
  `| the chart process's peak RSS | ${mb(charts.chartProcessPeak)} MB | its own, ends with it |`,
  `| for comparison: RSS gained drawing the 30 in the bot's own process | ${mb(charts.inBotGrowth)} MB | |`,
];
writeBenchmarkSection("calling", lines.join("\n"));
console.log(lines.join("\n"));
