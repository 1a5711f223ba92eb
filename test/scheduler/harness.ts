// A scheduler with real parts and no framework: a real store (SQLite file or PostgreSQL), the
// sandbox over HTTP, the real Webex API client and outbox, and a clock the test moves. Several
// harnesses may share one database and one sandbox: that is two bot instances.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes, randomUUID } from "node:crypto";
import pino from "pino";
import { openStore, type Store } from "../../domain/store/client.js";
import type { Clock } from "../../domain/clock.js";
import { createWebexApi, type WebexApiTimeouts } from "../../bot/webex/api.js";
import { createOutbox, type OutboxOptions, type OutboxService } from "../../bot/outbox.js";
import { createScheduler, type Scheduler, type SchedulerOptions } from "../../bot/scheduler/index.js";
import { startSandbox, type Sandbox, type SandboxMessage } from "../../bot/sandbox/index.js";

export const ANA = "ana.silva@partner.example";

export interface MovableClock extends Clock { set(at: string | Date): void; advance(ms: number): void }

export function movableClock(at: string | Date): MovableClock {
  let current = new Date(at).getTime();
  return { now: () => new Date(current), set: (next) => { current = new Date(next).getTime(); }, advance: (ms) => { current += ms; } };
}

/** An outbox `sleep` that passes the time on `clock` at once: backoffs cost no real time. */
export const sleepOn = (clock: MovableClock) => async (ms: number): Promise<void> => { clock.advance(ms); };

export async function startTestSandbox(): Promise<{ sandbox: Sandbox; token: string }> {
  const token = `${randomBytes(24).toString("hex")}_PF84_${randomUUID()}`;
  return { sandbox: await startSandbox({ port: 0, botToken: token }), token };
}

export interface Instance { store: Store; outbox: OutboxService; scheduler: Scheduler; close(): Promise<void> }

/** One bot instance's scheduling half on `databaseUrl`, posting to `sandbox`. */
export async function startInstance(
  databaseUrl: string,
  env: { sandbox: Pick<Sandbox, "url">; token: string },
  clock: Clock,
  options: Partial<Pick<SchedulerOptions, "instanceId" | "missedGraceMs" | "leaseMs" | "sync" | "postWaitMs">> = {},
  outboxOptions: Partial<Omit<OutboxOptions, "db" | "api" | "clock" | "log">> & WebexApiTimeouts = {},
): Promise<Instance> {
  const store = await openStore(databaseUrl);
  const log = pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" });
  const { sendTimeoutMs, uploadTimeoutMs, ...outboxRest } = outboxOptions;
  const api = createWebexApi(`${env.sandbox.url}/v1`, env.token, fetch, { sendTimeoutMs, uploadTimeoutMs });
  const outbox = createOutbox({ db: store.db, api, clock, log, spoolDir: mkdtempSync(path.join(tmpdir(), "outbox-")), backoffMs: 20, ...outboxRest });
  const scheduler = createScheduler({ db: store.db, clock, outbox, log, pollMs: 3_600_000, ...options });
  return {
    store, outbox, scheduler,
    async close() {
      await scheduler.stop();
      await outbox.drain();
      await store.close();
    },
  };
}

/** What the outbox's sweep timer does over `ms` of clock time: every 30 s, retry what is due. */
export async function sweepFor(outbox: OutboxService, clock: MovableClock, ms: number, everyMs = 30_000): Promise<void> {
  for (let passed = 0; passed < ms; passed += everyMs) {
    clock.advance(everyMs);
    await outbox.retryDue();
    await outbox.drain();
  }
}

export const botPosts = (sandbox: Sandbox, roomId: string): SandboxMessage[] =>
  sandbox.messages(roomId).filter((m) => m.personEmail === sandbox.bot.email);
