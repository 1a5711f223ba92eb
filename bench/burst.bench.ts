// `npm run bench -- burst`: signed webhook events at 100, 250 and 500 events/s for 20 s from 20
// people (a mix of commands), posted to the built bot (dist/bot/main.js) in webhook mode, with
// the sandbox in a process of its own. Per run: acknowledged p50/p99 (the webhook's 200, which
// now comes after the inbox write), events lost (not acknowledged, or never answered), answers/s,
// answer latency p50/p99 (the k-th answer in a space against the k-th event sent there), and the
// bots' peak RSS. SQLite (one instance), PostgreSQL (one instance) and two instances on
// PostgreSQL behind a round-robin balancer in this process; "ceiling" puts the least any bot must
// do in the bot's place, and every run says how much CPU each process took per event.
// Short check: BENCH_BURST_SECONDS=2 BENCH_BURST_RATES=50 BENCH_BURST_CONFIGS=sqlite npm run bench -- burst
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createInterface } from "node:readline";
import { tmpdir } from "node:os";
import path from "node:path";
import { sparkSignature } from "../bot/sandbox/index.js";
import { openStore } from "../domain/store/client.js";
import { seedIfEmpty } from "../prisma/seed/index.js";
import { buildDist, startBalancer, startBotProcess, type BotProcess } from "../test/support/botProcess.js";
import { createTestDatabase } from "../test/support/postgres.js";
import { loadAverage, ms, percentile, writeBenchmarkSection } from "./support.js";

const SECONDS = Number(process.env.BENCH_BURST_SECONDS ?? 20);
const RATES = (process.env.BENCH_BURST_RATES ?? "100,250,500").split(",").map(Number);
const CONFIGS = (process.env.BENCH_BURST_CONFIGS ?? "ceiling,sqlite,postgres,postgres-2").split(",");
const DRAIN_MS = Number(process.env.BENCH_BURST_DRAIN_MS ?? 120_000);
// Settings of the bot under test, e.g. BENCH_BURST_BOT_ENV=INBOX_CONCURRENCY=8,OUTBOX_LANES=8.
const botSettings = Object.fromEntries((process.env.BENCH_BURST_BOT_ENV ?? "").split(",").filter(Boolean).map((pair) => pair.split("=", 2) as [string, string]));
const SECRET = "burst-bench-secret-0123456789";
const TOKEN = "burst-bot-token_PF84_org";
const NOW = new Date("2026-11-23T10:00:00Z");

interface Planned { id: string; roomId: string; personId: string; personEmail: string }
interface Sandbox { url: string; child: ChildProcess; messages: Planned[]; people: string[] }

async function startSandboxProcess(count: number): Promise<Sandbox> {
  // BOT_PROFILE_DIR (which profiles the bots, test/support/botProcess.ts) profiles the sandbox too.
  const profile = process.env.BOT_PROFILE_DIR ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BOT_PROFILE_DIR}`] : [];
  const child = spawn(process.execPath, [...profile, "--import", "tsx", path.join(import.meta.dirname, "burstSandbox.ts")], {
    env: { ...process.env, BURST_MESSAGES: String(count), BURST_TOKEN: TOKEN }, stdio: ["ignore", "pipe", "inherit"],
  });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once("line", resolve);
    child.once("exit", (code) => reject(new Error(`the sandbox exited (${code})`)));
  });
  const plan = JSON.parse(line) as { url: string; messages: Planned[]; people: string[] };
  return { url: plan.url, child, messages: plan.messages, people: plan.people };
}

/** Counts the bot's answers per space from the sandbox's change stream (only the bot writes now). */
function followAnswers(sandboxUrl: string): { byRoom: Map<string, number[]>; total(): number; stop(): void } {
  const byRoom = new Map<string, number[]>();
  let total = 0;
  const controller = new AbortController();
  void (async () => {
    const response = await fetch(`${sandboxUrl}/_sandbox/events`, { signal: controller.signal });
    const decoder = new TextDecoder();
    let buffer = "";
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(chunk, { stream: true });
      let end: number;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (!block.startsWith("data: ")) continue;
        const change = JSON.parse(block.slice(6)) as { kind: string; roomId?: string };
        if (change.kind !== "message" || !change.roomId) continue;
        const list = byRoom.get(change.roomId) ?? [];
        list.push(performance.now());
        byRoom.set(change.roomId, list);
        total++;
      }
    }
  })().catch(() => undefined);
  return { byRoom, total: () => total, stop: () => controller.abort() };
}

function rssMb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

interface ProcessCpu { pid: number; parent: number; command: string; title: string; seconds: number }

/** Every process's CPU seconds so far (user + system, all threads), from /proc. */
function processesCpu(): ProcessCpu[] {
  const all: ProcessCpu[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const close = stat.lastIndexOf(")");
      // After the command name: state, ppid, ... utime and stime are the 12th and 13th fields.
      const fields = stat.slice(close + 2).split(" ");
      const command = stat.slice(stat.indexOf("(") + 1, close);
      // A PostgreSQL backend's title names its database ("postgres: 15/main: user db 127.0.0.1(port) idle").
      const title = command === "postgres" ? readFileSync(`/proc/${entry}/cmdline`, "utf8") : "";
      all.push({ pid: Number(entry), parent: Number(fields[1]), command, title, seconds: (Number(fields[11]) + Number(fields[12])) / 100 });
    } catch {
      // Gone between the listing and the read.
    }
  }
  return all;
}

/** CPU seconds of a process and its descendants (the sandbox runs under tsx, a process in between). */
function treeSeconds(all: readonly ProcessCpu[], root: number): number {
  const inTree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of all) if (!inTree.has(p.pid) && inTree.has(p.parent)) { inTree.add(p.pid); grew = true; }
  }
  return all.filter((p) => inTree.has(p.pid)).reduce((sum, p) => sum + p.seconds, 0);
}

/** Where the machine's CPU went during one run, in ms per event sent. */
interface CpuSplit { bot: number; sandbox: number; generator: number; postgres: number }

interface Result {
  config: string; rate: number; sent: number; ackP50: number; ackP99: number; lost: number; answersPerS: number;
  answerP50: number; answerP99: number; rssMb: number; cpu: CpuSplit;
}

async function burst(config: string, rate: number, target: string, events: Planned[], answers: ReturnType<typeof followAnswers>, bots: BotProcess[], sandbox: Sandbox, database?: string): Promise<Result> {
  const acks: number[] = [];
  let refused = 0;
  const sentAt = new Map<string, number[]>();
  const startAnswers = new Map([...answers.byRoom].map(([room, list]) => [room, list.length]));
  const startTotal = answers.total();
  let peakRss = 0;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, bots.reduce((sum, bot) => sum + (bot.child.exitCode === null ? rssMb(bot.child.pid!) : 0), 0));
  }, 250);
  const inFlight: Array<Promise<void>> = [];
  const cpuNow = (): CpuSplit => {
    const all = processesCpu();
    const own = process.cpuUsage();
    return {
      bot: bots.reduce((sum, bot) => sum + treeSeconds(all, bot.child.pid!), 0), sandbox: treeSeconds(all, sandbox.child.pid!),
      generator: (own.user + own.system) / 1e6,
      // Only the backends serving the bench's database: the server is shared with whatever else runs.
      postgres: database ? all.filter((p) => p.command === "postgres" && p.title.includes(` ${database} `)).reduce((sum, p) => sum + p.seconds, 0) : 0,
    };
  };
  const cpuBefore = cpuNow();
  const begin = performance.now();
  for (let i = 0; i < events.length; i++) {
    // Paced against the clock, not by sleeping a fixed time per event: a slow tick catches up.
    const due = begin + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const event = events[i]!;
    const body = JSON.stringify({
      id: "burst-webhook", name: "Partner Hub bot: messages", resource: "messages", event: "created", actorId: event.personId,
      data: { id: event.id, roomId: event.roomId, personId: event.personId, personEmail: event.personEmail, roomType: "direct" },
    });
    const list = sentAt.get(event.roomId) ?? [];
    list.push(performance.now());
    sentAt.set(event.roomId, list);
    const start = performance.now();
    inFlight.push(fetch(target, { method: "POST", headers: { "content-type": "application/json", "x-spark-signature": sparkSignature(SECRET, body) }, body })
      .then(async (response) => {
        await response.arrayBuffer();
        if (response.status === 200) acks.push(performance.now() - start);
        else refused++;
      }, () => { refused++; }));
  }
  await Promise.all(inFlight);
  // Wait for the answers: until every event has one, or nothing new came for a while.
  let last = answers.total();
  let lastChange = performance.now();
  while (answers.total() - startTotal < events.length - refused && performance.now() - lastChange < DRAIN_MS) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    if (answers.total() !== last) { last = answers.total(); lastChange = performance.now(); }
  }
  clearInterval(sampler);
  const cpuAfter = cpuNow();
  const perEvent = (key: keyof CpuSplit) => ((cpuAfter[key] - cpuBefore[key]) * 1000) / events.length;
  const cpu = { bot: perEvent("bot"), sandbox: perEvent("sandbox"), generator: perEvent("generator"), postgres: perEvent("postgres") };
  const answered = answers.total() - startTotal;
  const latencies: number[] = [];
  let lastAnswer = begin;
  for (const [room, sends] of sentAt) {
    const got = (answers.byRoom.get(room) ?? []).slice(startAnswers.get(room) ?? 0);
    got.forEach((at, k) => { if (sends[k] !== undefined) latencies.push(at - sends[k]!); lastAnswer = Math.max(lastAnswer, at); });
  }
  acks.sort((a, b) => a - b);
  latencies.sort((a, b) => a - b);
  return {
    config, rate, sent: events.length, ackP50: percentile(acks, 50), ackP99: percentile(acks, 99),
    lost: refused + Math.max(0, events.length - refused - answered),
    answersPerS: answered / ((lastAnswer - begin) / 1000), answerP50: percentile(latencies, 50), answerP99: percentile(latencies, 99), rssMb: peakRss, cpu,
  };
}

/** The least any bot must do per event (bench/burstCeiling.ts), started like a bot. */
function startCeiling(sandboxUrl: string): BotProcess {
  const child = spawn(path.resolve(import.meta.dirname, "../node_modules/.bin/tsx"), [path.join(import.meta.dirname, "burstCeiling.ts")], {
    env: { ...process.env, WEBEX_API_URL: `${sandboxUrl}/v1`, WEBHOOK_SECRET: SECRET, WEBEX_BOT_TOKEN: TOKEN }, stdio: ["ignore", "pipe", "inherit"],
  });
  return {
    child, output: () => "",
    exited: new Promise((resolve) => child.on("exit", (code) => resolve(code))),
    ready: new Promise((resolve, reject) => {
      createInterface({ input: child.stdout! }).once("line", (line) => resolve((JSON.parse(line) as { port: number }).port));
      child.once("exit", (code) => reject(new Error(`the ceiling responder exited (${code})`)));
    }),
  };
}

async function runConfig(config: string): Promise<Result[]> {
  const perRate = RATES.map((rate) => rate * SECONDS);
  const sandbox = await startSandboxProcess(perRate.reduce((a, b) => a + b, 0));
  const dir = mkdtempSync(path.join(tmpdir(), "partnerhub-burst-"));
  const postgres = config.startsWith("postgres") ? await createTestDatabase() : undefined;
  const databaseUrl = postgres?.url ?? `file:${dir}/burst.db`;
  if (config !== "ceiling") {
    const store = await openStore(databaseUrl);
    await seedIfEmpty(store.db, { customers: 300, now: NOW });
    await store.close();
  }
  const balancer = await startBalancer();
  const instances = config.endsWith("-2") ? 2 : 1;
  const bots: BotProcess[] = [];
  const answers = followAnswers(sandbox.url);
  try {
    for (let i = 0; i < instances; i++) {
      const bot = config === "ceiling" ? startCeiling(sandbox.url) : startBotProcess({
        WEBEX_BOT_TOKEN: TOKEN, WEBEX_API_URL: `${sandbox.url}/v1`, WEBHOOK_URL: `${balancer.url}/webhook`, WEBHOOK_SECRET: SECRET,
        PORT: "0", DATABASE_URL: databaseUrl, PARTNER_ADMINS: sandbox.people.map((email) => `${email}:full`).join(","),
        LOG_LEVEL: "info", INSTANCE_ID: `burst-${i + 1}`, ...botSettings,
      });
      bots.push(bot);
      balancer.backends.push(await bot.ready);
    }
    // One instance: straight to it; two: through the balancer (which adds its own hop).
    const target = instances === 1 ? `http://127.0.0.1:${balancer.backends[0]}/webhook` : `${balancer.url}/webhook`;
    const results: Result[] = [];
    let offset = 0;
    for (const [index, rate] of RATES.entries()) {
      const events = sandbox.messages.slice(offset, offset + perRate[index]!);
      offset += perRate[index]!;
      console.log(`burst ${config}: ${rate} events/s for ${SECONDS} s (load average ${loadAverage()})`);
      const result = await burst(config, rate, target, events, answers, bots, sandbox, postgres && new URL(postgres.url).pathname.slice(1));
      console.log(JSON.stringify(result));
      results.push(result);
    }
    return results;
  } finally {
    answers.stop();
    for (const bot of bots) bot.child.kill("SIGTERM");
    await Promise.all(bots.map((bot) => bot.exited));
    await balancer.close();
    sandbox.child.kill("SIGTERM");
    await postgres?.drop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}

buildDist();
const all: Result[] = [];
for (const config of CONFIGS) all.push(...(await runConfig(config)));
const rows = all.map((r) => `| ${r.config} | ${r.rate} | ${r.sent} | ${ms(r.ackP50)} | ${ms(r.ackP99)} | ${r.lost} | ${r.answersPerS.toFixed(0)} | ${ms(r.answerP50)} | ${ms(r.answerP99)} | ${r.rssMb.toFixed(0)} | ${r.cpu.bot.toFixed(1)} | ${r.cpu.sandbox.toFixed(1)} | ${r.cpu.generator.toFixed(1)} | ${r.cpu.postgres.toFixed(1)} |`);
writeBenchmarkSection("burst", `## Burst (\`bench/burst.bench.ts\`)

Signed webhook events for ${SECONDS} s at each rate from 20 people (help, customers, expiring 90, renewing 60, trials on
300 demo customers), posted to the built bot in webhook mode; the sandbox runs in its own process. "ack" is the
webhook's 200 (after the inbox write); "lost" is events not acknowledged or never answered; answer latency pairs
the k-th answer in a space with the k-th event sent there. RSS is the bots' peak, summed over instances. postgres-2:
two instances behind a round-robin balancer in the benchmark's process. ceiling: instead of the bot, the least any
bot must do (bench/burstCeiling.ts: verify, 200, GET the message, POST an answer; no store): what the machine allows.
CPU columns: ms of CPU per event sent, from /proc, for the bot(s), the sandbox, the load generator (this process)
and the PostgreSQL backends serving the bench's database (not the server's shared WAL writer and checkpointer).
On 2 cores, 300 answers/s leaves 6.7 ms of CPU per event for all four together. Through the balancer, an event
whose 200 took over 10 s on both instances (two tries each) is answered 502 and counted lost, even if it was kept.

| config | events/s | events | ack p50 ms | ack p99 ms | lost | answers/s | answer p50 ms | answer p99 ms | RSS MB | CPU bot | CPU sandbox | CPU generator | CPU PostgreSQL |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
${rows.join("\n")}
`);
