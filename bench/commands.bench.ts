// Commands on the demo partner at 10,000 and 50,000 customers (BENCH_SIZES), SQLite and
// PostgreSQL: how long from the webhook arriving to the card being posted, where the time goes,
// and how each command grows from the smaller partner to the larger (no worse than linear).
// BENCH_CUSTOMERS runs one size only.
//   1. routing + store + card building: handleEvent with an outbox that records (no HTTP), the
//      store's share measured by timing every Prisma operation;
//   2. the full path: a message said in the sandbox, the signed webhook, the real framework
//      fetching the message and the person, handleEvent, the outbox posting the card;
//   3. sending alone: posting a typical card to the sandbox's messages API.
// Framework time = full path - (1) - (3).
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pino from "pino";
import { handleEvent } from "../bot/routing/router.js";
import { defaultTables } from "../bot/tables.js";
import type { BotEvent } from "../bot/routing/types.js";
import { startLocal } from "../bot/local.js";
import { fixedClock } from "../domain/clock.js";
import type { Db } from "../domain/store/client.js";
import { attachRowReader, databaseUrlOf, rowReaderOf } from "../domain/store/rowReader.js";
import { attachDriver, driverOf } from "../domain/store/driver.js";
import { seedIfEmpty } from "../prisma/seed/index.js";
import { freshStore, type EngineName } from "../test/support/engines.js";
import { recordingDeps } from "../test/commands/recordingDeps.js";
import { TEST_NOW } from "../test/support/local.js";
import { ms, percentile, writeBenchmarkSection } from "./support.js";

// today and changes are always listed among the kinds, whatever their rank (issue 15).
const ALWAYS_LISTED = new Set(["today", "brief", "today.page", "changes", "changes.page"]);

const SIZES = (process.env.BENCH_CUSTOMERS ?? process.env.BENCH_SIZES ?? "10000,50000").split(",").map(Number);
const CUSTOMERS = SIZES.at(-1)!;
// About 135 of each of the 22 kinds: a p99 of 45 samples (1,000 commands) was the slowest one,
// so one pause of the machine decided a command's figure.
const COMMANDS = Number(process.env.BENCH_COMMANDS ?? 3_000);
const ANA = "ana.silva@partner.example";
const ELI = "eli.novak@partner.example";

/** A deterministic mix of what admins ask, with arguments drawn from the store. */
async function workload(db: Db, count: number): Promise<Array<{ email: string; kind: string; text?: string; inputs?: Record<string, unknown> }>> {
  const customers = await db.customer.findMany({ select: { id: true, name: true }, orderBy: { id: "asc" }, take: 500 });
  const subscriptions = await db.subscription.findMany({ select: { id: true }, orderBy: { id: "asc" }, take: 500 });
  const users = await db.customerUser.findMany({ select: { email: true }, orderBy: { email: "asc" }, take: 200 });
  let seed = 7;
  const next = (n: number) => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % n; };
  const kinds: Array<() => { text?: string; inputs?: Record<string, unknown> }> = [
    () => ({ text: "customers" }),
    () => ({ text: `customers status:expiring,overage page:${1 + next(5)}` }),
    () => ({ text: `customer "${customers[next(customers.length)]!.name}"` }),
    () => ({ text: `customer ${customers[next(customers.length)]!.name.split(" ")[0]}` }),
    () => ({ text: `find ${users[next(users.length)]?.email ?? "x@y.example"}` }),
    () => ({ text: next(2) ? "kpis" : "kpis calling" }),
    () => ({ text: `expiring ${[30, 60, 90][next(3)]}` }),
    () => ({ text: "renewing" }),
    () => ({ text: "recent" }),
    () => ({ text: "low-assignment" }),
    () => ({ text: "overage calling" }),
    () => ({ text: "queues" }),
    () => ({ text: "trials" }),
    () => ({ text: "tags" }),
    () => ({ text: "admins" }),
    () => ({ inputs: { action: "customer.show", customerId: customers[next(customers.length)]!.id } }),
    () => ({ inputs: { action: "subscription.show", subscriptionId: subscriptions[next(subscriptions.length)]!.id } }),
    () => ({ inputs: { action: "section.page", section: "expire", family: "meetings", days: 90, filter: {}, page: 1 + next(10) } }),
    () => ({ text: "today" }),
    () => ({ inputs: { action: "today.page", page: 1 + next(5) } }),
    () => ({ text: "changes 7" }),
    () => ({ inputs: { action: "changes.page", days: 7, page: 1 + next(5) } }),
  ];
  return Array.from({ length: count }, (_, i) => {
    const job = kinds[i % kinds.length]!();
    const kind = job.text !== undefined ? job.text.split(" ")[0]! : String(job.inputs?.action);
    return { email: i % 5 === 4 ? ELI : ANA, kind, ...job };
  });
}

interface Stats { p50: number; p99: number; mean: number }
const stats = (samples: number[]): Stats => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), mean: samples.reduce((a, b) => a + b, 0) / samples.length };
};
const elapsed = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

/** The store with every Prisma operation timed (raw queries included), and the driver reads
 * (rowReader.ts) timed too: without the reader attached, an extended client would send them
 * through Prisma, which the bot itself does not. */
function timedDb(db: Db, spent: { ms: number }): Db {
  const timed = db.$extends({
    query: {
      async $allOperations({ args, query }) {
        const start = process.hrtime.bigint();
        try { return await query(args); } finally { spent.ms += elapsed(start); }
      },
    },
  }) as unknown as Db;
  const reader = rowReaderOf(db);
  attachRowReader(timed, {
    async rows(query) {
      const start = process.hrtime.bigint();
      try { return await reader.rows(query); } finally { spent.ms += elapsed(start); }
    },
    close: async () => undefined,
  }, databaseUrlOf(db)!);
  // The hot path's driver (space, viewer, the commands' rawRows reads), timed the same way.
  const driver = driverOf(db);
  const time = <T>(work: () => Promise<T>): Promise<T> => {
    const start = process.hrtime.bigint();
    return work().finally(() => { spent.ms += elapsed(start); });
  };
  attachDriver(timed, {
    engine: driver.engine,
    all: (sql, params) => time(() => driver.all(sql, params)),
    run: (sql, params, options) => time(() => driver.run(sql, params, options)),
    query: (sql) => time(() => driver.query(sql)),
    close: async () => undefined,
  });
  return timed;
}

async function benchEngine(engine: EngineName): Promise<string[]> {
  const database = await freshStore(engine);
  try {
    return await timeEngine(engine, database);
  } finally {
    await database.dispose();
  }
}

async function timeEngine(engine: EngineName, database: Awaited<ReturnType<typeof freshStore>>): Promise<string[]> {
  const seedStart = process.hrtime.bigint();
  await seedIfEmpty(database.store.db, { customers: CUSTOMERS, now: TEST_NOW });
  const seedMs = elapsed(seedStart);
  // A production PostgreSQL runs autovacuum, which this server has off: without a VACUUM the
  // seed's rollup updates leave ~4 dead versions of every customer row (44 MB for 50,000), and
  // every scan of customers pays for them. BENCH_NO_VACUUM=1 measures the unmaintained store.
  if (engine === "postgres" && process.env.BENCH_NO_VACUUM !== "1") await database.store.db.$executeRawUnsafe("VACUUM ANALYZE");
  const jobs = await workload(database.store.db, COMMANDS);

  // 1. handleEvent with a recording outbox.
  const deps = recordingDeps(database.store);
  const spent = { ms: 0 };
  deps.db = timedDb(database.store.db, spent);
  const direct: number[] = [];
  const store: number[] = [];
  const byKind = new Map<string, number[]>();
  for (const [i, job] of [...jobs.slice(0, 50), ...jobs].entries()) {
    const event: BotEvent = job.text !== undefined
      ? { kind: "message", id: `b-${i}`, roomId: `bench-${job.email}`, roomType: "direct", personEmail: job.email, text: job.text, fileUrls: [] }
      : { kind: "cardAction", id: `b-${i}`, roomId: `bench-${job.email}`, roomType: "direct", personEmail: job.email, messageId: "m", inputs: job.inputs };
    spent.ms = 0;
    const start = process.hrtime.bigint();
    await handleEvent(event, deps, defaultTables);
    if (i >= 50) {
      direct.push(elapsed(start));
      store.push(spent.ms);
      byKind.set(job.kind, [...(byKind.get(job.kind) ?? []), elapsed(start)]);
    }
  }
  const failures = deps.sent.filter((m) => /went wrong/.test(m.text ?? "")).length;
  // An answer that is an internal error takes microseconds: timing it would be a fast, false figure.
  if (failures > 0) throw new Error(`${failures} of ${jobs.length} commands answered with an internal error on ${engine}; fix that before timing them`);
  const cardBytes = deps.sent.map((m) => Buffer.byteLength(JSON.stringify(m.card ?? {})));
  await database.store.close();

  // 2. The full path through the sandbox and the real framework.
  const dataDir = mkdtempSync(path.join(tmpdir(), "partnerhub-bench-"));
  const run = await startLocal({ databaseUrl: database.url, clock: fixedClock(TEST_NOW), log: pino({ level: "silent" }), port: 0, sandboxPort: 0, timeZone: "UTC", dataDir, demoCustomers: 0 });
  const full: number[] = [];
  const sending: number[] = [];
  try {
    const rooms = new Map([ANA, ELI].map((email) => [email, run.sandbox.directRoomWith(email).id]));
    let lastCard: { roomId: string; id: string; email: string } | undefined;
    for (const [i, job] of [...jobs.slice(0, 20), ...jobs].entries()) {
      const roomId = rooms.get(job.email)!;
      const answer = run.sandbox.waitForBotMessage(roomId, undefined, 30_000);
      const start = process.hrtime.bigint();
      if (job.text !== undefined || !lastCard || lastCard.email !== job.email) await run.sandbox.say({ roomId, personEmail: job.email, text: job.text ?? "customers" });
      else await run.sandbox.submitCard({ messageId: lastCard.id, personEmail: job.email, inputs: job.inputs! });
      const message = await answer;
      if (i >= 20) full.push(elapsed(start));
      lastCard = { roomId, id: message.id, email: job.email };
    }
    // 3. Sending alone: the same card through the bot's own outbox (row written, POST, row updated).
    const sample = deps.sent.find((m) => m.card)!;
    for (let i = 0; i < 220; i++) {
      const start = process.hrtime.bigint();
      await run.bot.outbox.send({ roomId: rooms.get(ANA)!, text: sample.text, card: sample.card });
      if (i >= 20) sending.push(elapsed(start));
    }
  } finally {
    await run.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }

  const d = stats(direct);
  const s = stats(store);
  const f = stats(full);
  const send = sending.length ? stats(sending) : undefined;
  const cards = stats(cardBytes);
  return [
    `| ${engine} | routing + store + cards (handleEvent) | ${ms(d.p50)} | ${ms(d.p99)} | ${ms(d.mean)} |`,
    `| ${engine} | of which store (Prisma operations) | ${ms(s.p50)} | ${ms(s.p99)} | ${ms(s.mean)} |`,
    `| ${engine} | of which routing + card building | ${ms(stats(direct.map((v, i) => v - store[i]!)).p50)} | ${ms(stats(direct.map((v, i) => v - store[i]!)).p99)} | ${ms(d.mean - s.mean)} |`,
    `| ${engine} | full path: webhook -> framework -> card posted | ${ms(f.p50)} | ${ms(f.p99)} | ${ms(f.mean)} |`,
    send ? `| ${engine} | sending one card (outbox: row + POST /v1/messages) | ${ms(send.p50)} | ${ms(send.p99)} | ${ms(send.mean)} |` : `| ${engine} | sending one card | n/a | n/a | n/a |`,
    `| ${engine} | framework (full - handleEvent - sending, means) | | | ${ms(f.mean - d.mean - (send?.mean ?? 0))} |`,
    ...[...byKind].map(([kind, samples]) => ({ kind, ...stats(samples) })).sort((a, b) => b.p99 - a.p99).filter((k, i) => i < 8 || ALWAYS_LISTED.has(k.kind))
      .map((k) => `K| ${engine} | ${k.kind} | ${ms(k.p50)} | ${ms(k.p99)} | ${ms(k.mean)} |`),
    ...[...byKind].map(([kind, samples]) => `G${JSON.stringify({ engine, kind, p50: stats(samples).p50, p99: stats(samples).p99 })}`),
    `<!-- ${engine}: seeded ${CUSTOMERS} customers in ${(seedMs / 1000).toFixed(1)} s${engine === "postgres" ? (process.env.BENCH_NO_VACUUM === "1" ? " (no VACUUM)" : ", then VACUUM ANALYZE") : ""}; ${failures} internal errors; card size p50 ${Math.round(cards.p50)} B, max ${Math.max(...cardBytes)} B -->`,
  ];
}

// The webex SDK inside the framework keeps its API base for the life of the process, so each
// engine runs in a child process of its own and hands its table rows back on stdout.
const ROWS_MARK = "BENCH-ROWS ";
if (process.env.BENCH_ENGINE) {
  const rows = await benchEngine(process.env.BENCH_ENGINE as EngineName);
  console.log(ROWS_MARK + JSON.stringify(rows));
  process.exit(0);
}
const lines: string[] = [];
/** Per size: engine|kind -> p50 and p99 of handleEvent. */
const growth = new Map<number, Map<string, { p50: number; p99: number }>>();
for (const size of SIZES) for (const engine of ["sqlite", "postgres"] as const) {
  console.log(`commands bench on ${engine}: seeding ${size} customers, then ${COMMANDS} commands...`);
  const output = execFileSync(path.resolve(import.meta.dirname, "../node_modules/.bin/tsx"), [fileURLToPath(import.meta.url)], {
    env: { ...process.env, BENCH_ENGINE: engine, BENCH_CUSTOMERS: String(size) },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 64 * 1024 * 1024,
  });
  const marked = output.split("\n").find((line) => line.startsWith(ROWS_MARK));
  if (!marked) throw new Error(`the ${engine} run printed no results`);
  const rows = JSON.parse(marked.slice(ROWS_MARK.length)) as string[];
  const kinds = growth.get(size) ?? new Map<string, { p50: number; p99: number }>();
  for (const row of rows.filter((l) => l.startsWith("G"))) {
    const g = JSON.parse(row.slice(1)) as { engine: string; kind: string; p50: number; p99: number };
    kinds.set(`${g.engine}|${g.kind}`, g);
  }
  growth.set(size, kinds);
  // The tables below show the largest partner; growth compares every size with the smallest.
  if (size === CUSTOMERS) lines.push(...rows.filter((l) => !l.startsWith("G")));
  console.log(rows.filter((l) => l.includes(`| ${engine} |`)).join("\n"));
}
const [smallest, largest] = [SIZES[0]!, CUSTOMERS];
const growthRows = smallest === largest ? [] : [...growth.get(largest)!].map(([key, big]) => {
  const small = growth.get(smallest)!.get(key);
  const [engine, kind] = key.split("|");
  const ratio = small && small.p50 > 0 ? big.p50 / small.p50 : NaN;
  return { engine, kind, row: `| ${engine} | ${kind} | ${small ? ms(small.p50) : "n/a"} | ${ms(big.p50)} | ${ms(big.p99)} | ${Number.isFinite(ratio) ? `${ratio.toFixed(1)}×` : "n/a"} |` };
}).sort((a, b) => a.engine!.localeCompare(b.engine!) || a.kind!.localeCompare(b.kind!)).map((g) => g.row);
const markdown = `## Commands (\`bench/commands.bench.ts\`)

${COMMANDS} commands per engine on the demo partner with ${CUSTOMERS.toLocaleString("en")} customers: a fixed mix of all
command kinds (lists, details, KPIs, every section, queues, trials, tags, admins, find, card clicks), one in five from a
sales administrator. Times in ms, one request at a time.

| engine | what | p50 | p99 | mean |
|---|---|---|---|---|
${lines.filter((l) => l.startsWith("|")).join("\n")}

The slowest kinds of command, handleEvent only (routing + store + card; the store is nearly all of it):

| engine | command | p50 | p99 | mean |
|---|---|---|---|---|
${lines.filter((l) => l.startsWith("K|")).map((l) => l.slice(1)).join("\n")}

${lines.filter((l) => l.startsWith("<!--")).map((l) => l.replace(/^<!-- | -->$/g, "")).map((l) => `- ${l}`).join("\n")}
${growthRows.length ? `
Growth of each command from ${smallest.toLocaleString("en")} to ${largest.toLocaleString("en")} customers (${(largest / smallest).toFixed(0)}× the customers;
no worse than linear means a growth of at most ${(largest / smallest).toFixed(0)}×), handleEvent:

| engine | command | p50 at ${smallest.toLocaleString("en")} | p50 at ${largest.toLocaleString("en")} | p99 at ${largest.toLocaleString("en")} | growth of p50 |
|---|---|---|---|---|---|
${growthRows.join("\n")}
` : ""}
Targets: p99 of the server's part (webhook received to card posted) at most 100 ms on SQLite and 150 ms on PostgreSQL.
`;
writeBenchmarkSection("commands", markdown);
console.log(markdown);
