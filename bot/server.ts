// Composition: the store, the outbox, the framework and the HTTP app, wired into a running bot.
// `startBot` is what main.ts, the sandbox start-up and the end-to-end tests all call.
import { createServer, type Server } from "node:http";
import path from "node:path";
import { randomBytes } from "node:crypto";
import type { Store } from "../domain/store/client.js";
import type { Clock } from "../domain/clock.js";
import type { Logger } from "./log.js";
import { createHttpApp } from "./http/app.js";
import { createWebexApi, DEFAULT_SEND_TIMEOUT_MS, DEFAULT_UPLOAD_TIMEOUT_MS } from "./webex/api.js";
import { createFramework, type Framework } from "./webex/framework.js";
import { createOutbox, type Outbox } from "./outbox.js";
import { createScheduler, type Scheduler, type SchedulerOptions } from "./scheduler/index.js";
import { handleEvent } from "./routing/router.js";
import { createEventGate } from "./routing/eventGate.js";
import type { BotEvent, Deps, RoutingTables } from "./routing/types.js";
import { defaultTables } from "./tables.js";
import { DEFAULT_IMPORT_LIMITS } from "../domain/import/types.js";
import { createChartRenderer } from "./charts/chartRenderer.js";

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("the Webex framework did not finish starting in time");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export interface BotOptions {
  store: Store;
  clock: Clock;
  log: Logger;
  token: string;
  apiUrl: string;
  /** Public URL of POST /webhook (or how to make it from the port we listen on); unset selects websocket mode. */
  webhookUrl?: string | ((port: number) => string);
  webhookSecret?: string;
  port: number;
  timeZone: string;
  dataDir: string;
  maxImportBytes?: number;
  tables?: RoutingTables;
  /** Scheduled reports and alerts; false runs none (default: on, woken by node-schedule at each due time, and polling every 60 s). */
  scheduler?: false | Pick<SchedulerOptions, "pollMs" | "missedGraceMs" | "leaseMs" | "instanceId" | "sync">;
  /** How the outbox posts (config: WEBEX_SEND_TIMEOUT_MS, WEBEX_UPLOAD_TIMEOUT_MS, OUTBOX_LANES). */
  outbox?: { sendTimeoutMs?: number; uploadTimeoutMs?: number; lanes?: number };
  /** Start the chart process with the bot, so the first picture does not wait for it (main.ts). */
  warmCharts?: boolean;
}

export interface RunningBot {
  port: number;
  deps: Deps;
  framework: Framework;
  outbox: Outbox;
  scheduler?: Scheduler;
  /** Resolves when every event received so far has been answered. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

export async function startBot(options: BotOptions): Promise<RunningBot> {
  const { store, clock, log } = options;
  const sending = options.outbox ?? {};
  const api = createWebexApi(options.apiUrl, options.token, fetch, sending);
  const outbox = createOutbox({
    db: store.db, api, clock, log, spoolDir: path.join(options.dataDir, "outbox"), lanes: sending.lanes,
    // A claim outlives the longest post it may cover, or a live post would be taken over.
    leaseMs: (sending.sendTimeoutMs ?? DEFAULT_SEND_TIMEOUT_MS) + 60_000,
    fileLeaseMs: (sending.uploadTimeoutMs ?? DEFAULT_UPLOAD_TIMEOUT_MS) + 60_000,
    // SQLite is one process: what it finds `sending` at start, a dead process left.
    soleSender: store.engine === "sqlite",
  });
  const tables = options.tables ?? defaultTables;
  const charts = createChartRenderer({ log });
  if (options.warmCharts) charts.warm();
  const inFlight = new Set<Promise<unknown>>();
  let deps: Deps | undefined;

  const track = (work: Promise<unknown>): void => {
    const guarded = work.catch((error: unknown) => log.error({ err: error }, "event handling failed"));
    inFlight.add(guarded);
    void guarded.finally(() => inFlight.delete(guarded));
  };
  const gate = createEventGate();
  const onEvent = (event: BotEvent): void => gate.deliver(event);

  // Webex needs a secret to sign with; in websocket mode nothing is posted to us at all.
  const webhookSecret = options.webhookSecret ?? randomBytes(24).toString("hex");
  let framework: Framework | undefined;
  let processWebhook: ((body: unknown) => Promise<void>) | undefined;
  const app = createHttpApp({
    webhookSecret,
    log,
    onEvent: (envelope) => {
      // Webex sends the bot's own messages too; drop them before the framework fetches them.
      if (deps && envelope.data.personEmail?.toLowerCase() === deps.botEmail.toLowerCase()) return;
      if (processWebhook) track(processWebhook(envelope));
    },
    isReady: async () => {
      if (!deps || !framework?.initialized) return false;
      await store.db.$queryRawUnsafe("SELECT 1");
      return true;
    },
  });
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(options.port, "0.0.0.0", resolve));
  const port = (server.address() as { port: number }).port;
  const webhookUrl = typeof options.webhookUrl === "function" ? options.webhookUrl(port) : options.webhookUrl;
  ({ framework, processWebhook } = await createFramework({
    token: options.token,
    apiUrl: options.apiUrl,
    webhookUrl,
    webhookSecret: webhookUrl ? webhookSecret : undefined,
    log,
    onEvent,
  }));

  await framework.start();
  // The framework creates its webhooks without waiting for them, and ignores events whose
  // webhook name it does not know yet: ready means initialized and, in webhook mode, registered.
  const started = framework;
  await waitUntil(() => started.initialized && (!webhookUrl || Boolean(started.webhook && started.webhook.name)), 30_000);
  deps = {
    db: store.db,
    clock,
    log,
    outbox,
    api,
    botEmail: framework.email,
    timeZone: options.timeZone,
    maxImportBytes: options.maxImportBytes ?? DEFAULT_IMPORT_LIMITS.maxBytes,
    charts,
  };
  await outbox.resume();
  // Without the sweep, a message parked during a Webex outage would wait for the next restart.
  outbox.start();
  // What earlier runs left in the outbox is queued first; then what arrived while starting.
  const ready = deps;
  gate.open((event) => track(handleEvent(event, ready, tables)));
  if (gate.dropped) log.warn({ dropped: gate.dropped }, "events that arrived during start-up were dropped");
  const scheduler = options.scheduler === false ? undefined : createScheduler({ db: store.db, clock, outbox, log, ...options.scheduler });
  scheduler?.start();
  log.info({ port, mode: webhookUrl ? "webhook" : "websocket" }, "bot ready");

  const idle = async (): Promise<void> => {
    while (inFlight.size) await Promise.allSettled([...inFlight]);
    await outbox.drain();
  };

  return {
    port,
    deps,
    framework: framework!,
    outbox,
    scheduler,
    idle,
    async stop() {
      await scheduler?.stop();
      // Parked messages stay in the table for the next start; only what is queued is finished.
      await outbox.stop();
      // Stop taking events, finish what was taken, then let go of Webex.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await closed;
      await idle();
      await charts.stop();
      await framework!.stop();
    },
  };
}
