// Answers per second through the outbox: a burst of replies to many spaces, stored then posted
// to the sandbox (in its own process) over HTTP, on SQLite and PostgreSQL, with one lane (how
// the outbox sent before issue 11: one message at a time for all spaces) and with lanes. Each
// figure is from the first send() to the last message accepted; latency is per send(),
// from the call to its `sent`. Short run: BENCH_OUTBOX_MESSAGES=200 BENCH_OUTBOX_SPACES=20.
import { fork, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pino from "pino";
import { openStore, type Store } from "../domain/store/client.js";
import { systemClock } from "../domain/clock.js";
import { createWebexApi } from "../bot/webex/api.js";
import { createOutbox } from "../bot/outbox.js";
import { createTestDatabase } from "../test/support/postgres.js";
import { loadAverage, ms, percentile, writeBenchmarkSection } from "./support.js";

const MESSAGES = Number(process.env.BENCH_OUTBOX_MESSAGES ?? 3_000);
const SPACES = Number(process.env.BENCH_OUTBOX_SPACES ?? 300);
const LANES = (process.env.BENCH_OUTBOX_LANES ?? "1,16,64").split(",").map(Number);

interface Ready { kind: "ready"; url: string; token: string; rooms: string[] }
interface Count { kind: "count"; posted: number; duplicates: number }

function startSandboxProcess(): Promise<{ child: ChildProcess; ready: Ready }> {
  const child = fork(path.join(import.meta.dirname, "outboxSandbox.ts"), [String(SPACES)], { execArgv: ["--import", "tsx"], stdio: "inherit" });
  return new Promise((resolve, reject) => {
    child.once("message", (ready: Ready) => resolve({ child, ready }));
    child.once("exit", (code) => reject(new Error(`the sandbox process exited with ${code}`)));
  });
}

const countPosts = (child: ChildProcess): Promise<Count> => new Promise((resolve) => {
  child.once("message", (count: Count) => resolve(count));
  child.send({ kind: "count" });
});

async function measure(engine: string, store: Store, lanes: number, sandbox: { child: ChildProcess; ready: Ready }): Promise<string> {
  const { url, token, rooms } = sandbox.ready;
  const before = await countPosts(sandbox.child);
  const spoolDir = mkdtempSync(path.join(tmpdir(), "bench-outbox-"));
  const outbox = createOutbox({ db: store.db, api: createWebexApi(`${url}/v1`, token), clock: systemClock, log: pino({ level: "silent" }), spoolDir, lanes });
  const latencies: number[] = [];
  const rssBefore = process.memoryUsage().rss;
  let peakRss = rssBefore;
  const sampler = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage().rss); }, 100);
  const start = process.hrtime.bigint();
  const results = await Promise.all(Array.from({ length: MESSAGES }, async (_, i) => {
    const sentAt = process.hrtime.bigint();
    const result = await outbox.send({ roomId: rooms[i % rooms.length]!, text: `answer ${i} (${engine}, ${lanes} lanes)` });
    latencies.push(Number(process.hrtime.bigint() - sentAt) / 1e6);
    return result.kind;
  }));
  await outbox.drain();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  clearInterval(sampler);
  rmSync(spoolDir, { recursive: true, force: true });
  const after = await countPosts(sandbox.child);
  const sent = results.filter((kind) => kind === "sent").length;
  latencies.sort((a, b) => a - b);
  const load = loadAverage();
  const line = { engine, lanes, sent, posted: after.posted - before.posted, duplicates: after.duplicates - before.duplicates, seconds, perSecond: sent / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), peakRssMb: peakRss / 2 ** 20, load };
  console.log(line);
  return `| ${engine} | ${lanes} | ${MESSAGES.toLocaleString("en")} to ${SPACES} | ${(sent / seconds).toFixed(0)} | ${ms(line.p50)} / ${ms(line.p99)} ms | ${line.posted - sent === 0 && line.duplicates === 0 ? "each once" : `${line.posted} posted, ${line.duplicates} twice`} | ${Math.round(line.peakRssMb)} MB | ${load} |`;
}

const sandbox = await startSandboxProcess();
const rows: string[] = [];
try {
  const dir = mkdtempSync(path.join(tmpdir(), "bench-outbox-db-"));
  const sqlite = await openStore(`file:${path.join(dir, "bench.db")}`);
  for (const lanes of LANES) rows.push(await measure("SQLite", sqlite, lanes, sandbox));
  await sqlite.close();
  rmSync(dir, { recursive: true, force: true });
  try {
    const database = await createTestDatabase();
    const postgres = await openStore(database.url);
    for (const lanes of LANES) rows.push(await measure("PostgreSQL", postgres, lanes, sandbox));
    await postgres.close();
    await database.drop();
  } catch (error) {
    rows.push(`| PostgreSQL | not measured: ${(error as Error).message} | | | | | | |`);
  }
} finally {
  sandbox.child.send({ kind: "stop" });
}

writeBenchmarkSection("outbox", `## Outbox: answers per second to many spaces

A burst of ${MESSAGES.toLocaleString("en")} replies spread over ${SPACES} spaces, all handed to \`send()\` at once: each is written
to outbox_messages, claimed, posted to the sandbox (its own process, over HTTP) and recorded sent. One lane is how the
outbox sent before issue 11 (one message at a time for every space); with lanes, each space's messages still go in order.
answers/s: from the first send() to the last message accepted; latency: per send(), from the call to \`sent\`.
"load" is the 1/5/15-minute load average when the row finished (2 cores: above 2, the figures are not to be trusted).

| engine | lanes | replies | answers/s | latency p50 / p99 | delivered | peak RSS | load |
|---|---|---|---|---|---|---|---|
${rows.join("\n")}`);
