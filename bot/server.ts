// Composition: the store, the outbox, the inbox, a receiver (webhook or websocket) and the HTTP
// app, wired into a running bot. `startBot` is what main.ts, the sandbox start-up and the
// end-to-end tests all call.
import { createServer, type Server } from "node:http";
import path from "node:path";
import { randomBytes } from "node:crypto";
import type { Store } from "../domain/store/client.js";
import type { Clock } from "../domain/clock.js";
import type { Logger } from "./log.js";
import { createHttpApp } from "./http/app.js";
import { createWebexApi, DEFAULT_SEND_TIMEOUT_MS, DEFAULT_UPLOAD_TIMEOUT_MS } from "./webex/api.js";
import type { Framework } from "./webex/framework.js";
import { createWebexHttp } from "./webex/http.js";
import { createWebexReads } from "./webex/reads.js";
import { reconcileWebhooks } from "./webex/webhooks.js";
import { createInboxStore } from "./inbox/store.js";
import { createInboxWriter } from "./inbox/writer.js";
import { createInboxWorker, type InboxWorker } from "./inbox/worker.js";
import { eventOf } from "./inbox/eventOf.js";
import { answeringOnce } from "./inbox/answerOnce.js";
import { createWebsocketReceiver } from "./receivers/websocket.js";
import type { WebhookEnvelope } from "./webex/envelope.js";
import { createOutbox, type Outbox } from "./outbox.js";
import { createScheduler, type Scheduler, type SchedulerOptions } from "./scheduler/index.js";
import { handleEvent } from "./routing/router.js";
import type { Deps, RoutingTables } from "./routing/types.js";
import { defaultTables } from "./tables.js";
import { DEFAULT_IMPORT_LIMITS } from "../domain/import/types.js";
import { createChartRenderer } from "./charts/chartRenderer.js";

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
  /** Names this process in inbox leases and logs (default: a random id). */
  instanceId?: string;
  /** Inbox tuning: events handled at once, lease, poll, first park delay. */
  inbox?: { concurrency?: number; leaseMs?: number; pollMs?: number; parkMs?: number };
  /** Webex reads: per-call timeout and retries before the event is parked. */
  webexHttp?: { timeoutMs?: number; retries?: number; backoffMs?: number };
}

export interface RunningBot {
  port: number;
  deps: Deps;
  /** Websocket mode only: webhook mode does not start the framework. */
  framework?: Framework;
  outbox: Outbox;
  inbox: InboxWorker;
  scheduler?: Scheduler;
  /** Resolves when every event received so far (and due) has been handled and its answers sent. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

export async function startBot(options: BotOptions): Promise<RunningBot> {
  const { store, clock, log } = options;
  const sending = options.outbox ?? {};
  const api = createWebexApi(options.apiUrl, options.token, fetch, sending);
  const http = createWebexHttp({ apiBase: options.apiUrl, token: options.token, log, ...options.webexHttp });
  const reads = createWebexReads(http);
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

  // Who the bot is, from Webex itself (one read, retried like every other).
  const me = await reads.me();
  const bot = { id: me.id, email: me.emails[0]!, displayName: me.displayName };
  const deps: Deps = {
    db: store.db, clock, log, outbox, api, botEmail: bot.email, timeZone: options.timeZone,
    maxImportBytes: options.maxImportBytes ?? DEFAULT_IMPORT_LIMITS.maxBytes, charts,
  };

  // Acknowledging writes through a writer of its own (PostgreSQL: a pool; SQLite: a thread), so
  // a 200 never waits behind handling (bot/inbox/writer.ts).
  const inboxStore = createInboxStore(store.db, store.engine, store.url ? createInboxWriter(store.url, log) : undefined);
  // SQLite: that thread checkpoints the WAL, every second. Prisma's connection must not on its
  // commits, on the event loop: after an import landed, the WAL it finds is the import's (730 MB
  // for 200,000 rows), and one commit of the bot copied it all with /healthz frozen for 2.7 s.
  if (store.engine === "sqlite") await store.db.$queryRawUnsafe("PRAGMA wal_autocheckpoint = 0");
  const inbox = createInboxWorker({
    store: inboxStore, log, instanceId: options.instanceId, ...options.inbox,
    async handle(row) {
      const event = await eventOf(row.envelope, reads, bot, store.db);
      if (event) await handleEvent(event, { ...deps, outbox: answeringOnce(outbox, row.id) }, tables);
    },
  });
  let ready = false;
  // Every receiver hands verified envelopes here: durable first, then acknowledged. Events that
  // arrive while the bot is still starting wait in the inbox until the worker starts.
  const handleEnvelope = async (envelope: WebhookEnvelope): Promise<void> => {
    // Webex sends the bot its own messages too: they are not stored at all.
    if (envelope.resource === "messages" && envelope.data.personEmail?.toLowerCase() === bot.email.toLowerCase()) return;
    const stored = await inboxStore.accept(envelope);
    if (stored === "duplicate") log.debug({ resource: envelope.resource, dataId: envelope.data.id }, "event already in the inbox");
    else if (ready) inbox.wake();
  };

  // Webex needs a secret to sign with; in websocket mode nothing is posted to us at all.
  const webhookSecret = options.webhookSecret ?? randomBytes(24).toString("hex");
  const app = createHttpApp({
    webhookSecret,
    log,
    handleEvent: handleEnvelope,
    isReady: async () => {
      if (!ready) return false;
      await store.db.$queryRawUnsafe("SELECT 1");
      return true;
    },
  });
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(options.port, "0.0.0.0", resolve));
  const port = (server.address() as { port: number }).port;
  const webhookUrl = typeof options.webhookUrl === "function" ? options.webhookUrl(port) : options.webhookUrl;
  const websocket = webhookUrl ? undefined : createWebsocketReceiver({ token: options.token, apiUrl: options.apiUrl, log, handleEvent: handleEnvelope });
  if (webhookUrl) await reconcileWebhooks({ http, db: store.db, engine: store.engine, targetUrl: webhookUrl, secret: webhookSecret, log });
  else await websocket!.start();

  await outbox.resume();
  // Without the sweep, a message parked during a Webex outage would wait for the next restart.
  outbox.start();
  inbox.start();
  ready = true;
  const scheduler = options.scheduler === false ? undefined : createScheduler({ db: store.db, clock, outbox, log, ...options.scheduler });
  scheduler?.start();
  log.info({ port, mode: webhookUrl ? "webhook" : "websocket", instanceId: inbox.instanceId }, "bot ready");

  const idle = async (): Promise<void> => {
    await inbox.idle();
    await outbox.drain();
  };

  return {
    port,
    deps,
    framework: websocket?.framework(),
    outbox,
    inbox,
    scheduler,
    idle,
    async stop() {
      ready = false;
      await scheduler?.stop();
      // Stop taking events (they stay with Webex's retry or another instance), finish those in
      // hand, then the outbox; rows not yet claimed stay in the inbox for the next claimant.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await closed;
      await inbox.stop();
      await inboxStore.close();
      // Parked messages stay in the table for the next start; only what is queued is finished.
      await outbox.stop();
      await outbox.drain();
      await charts.stop();
      // No webhook is deleted: other instances share them (bot/webex/webhooks.ts).
      await websocket?.stop();
    },
  };
}
