// `npm start`. Without WEBEX_BOT_TOKEN: the local sandbox, SQLite and demo data. With it: real
// Webex (or any Webex-compatible API at WEBEX_API_URL), in webhook mode when WEBHOOK_URL is set
// and websocket mode otherwise. SIGTERM and SIGINT drain in-flight work and exit 0.
import path from "node:path";
import { configOrComplain, runModeOf, type Config } from "./config.js";
import { createLogger, type Logger } from "./log.js";
import { systemClock } from "../domain/clock.js";
import { openStore } from "../domain/store/client.js";
import { applyAdminSetting } from "../domain/access/viewer.js";
import { startLocal } from "./local.js";
import { startBot } from "./server.js";
import { runSync } from "./sync/index.js";
import type { DailySync } from "./scheduler/scheduler.js";
import { installProcessGuards } from "./process.js";

/** The daily partner-data sync, when a partner admin token is configured. */
function dailySync(config: Config, db: Awaited<ReturnType<typeof openStore>>["db"], log: Logger): DailySync | undefined {
  const partnerToken = config.WEBEX_PARTNER_TOKEN;
  if (!partnerToken) return undefined;
  return {
    time: config.SYNC_TIME,
    timeZone: config.TIME_ZONE,
    async run() {
      const outcome = await runSync({ db, apiBase: config.WEBEX_API_URL, partnerToken, clock: systemClock, log });
      return `${outcome.organizations} organizations, ${outcome.licenseLinesWritten} license lines`;
    },
  };
}

const DATA_DIR = path.resolve("data");

async function startLive(config: Config, log: Logger): Promise<() => Promise<void>> {
  const store = await openStore(config.DATABASE_URL);
  await applyAdminSetting(store.db, config.PARTNER_ADMINS);
  const bot = await startBot({
    store,
    clock: systemClock,
    log,
    token: config.WEBEX_BOT_TOKEN!,
    apiUrl: config.WEBEX_API_URL,
    webhookUrl: config.WEBHOOK_URL,
    webhookSecret: config.WEBHOOK_SECRET,
    port: config.PORT,
    timeZone: config.TIME_ZONE,
    dataDir: DATA_DIR,
    maxImportBytes: config.IMPORT_MAX_MB * 1024 * 1024,
    scheduler: { sync: dailySync(config, store.db, log) },
    outbox: { sendTimeoutMs: config.WEBEX_SEND_TIMEOUT_MS, uploadTimeoutMs: config.WEBEX_UPLOAD_TIMEOUT_MS, lanes: config.OUTBOX_LANES },
    warmCharts: true,
    instanceId: config.INSTANCE_ID,
    inbox: { concurrency: config.INBOX_CONCURRENCY, leaseMs: config.INBOX_LEASE_SECONDS * 1000 },
  });
  return async () => {
    await bot.stop();
    await store.close();
  };
}

async function startSandboxed(config: Config, log: Logger): Promise<() => Promise<void>> {
  const local = await startLocal({
    databaseUrl: config.DATABASE_URL,
    clock: systemClock,
    log,
    port: config.PORT,
    sandboxPort: config.SANDBOX_PORT,
    timeZone: config.TIME_ZONE,
    dataDir: DATA_DIR,
    demoCustomers: config.DEMO_CUSTOMERS,
    maxImportBytes: config.IMPORT_MAX_MB * 1024 * 1024,
    partnerAdmins: config.PARTNER_ADMINS,
    warmCharts: true,
  });
  process.stdout.write(
    `\nPartner Hub bot is running against the local Webex sandbox (no Webex account needed).\n` +
      `  Open ${local.sandbox.pageUrl} and write "help" or "customers" as Ana Silva.\n` +
      `  Store: ${config.DATABASE_URL}   Bot: http://127.0.0.1:${local.bot.port}/healthz\n` +
      `  Stop with Ctrl+C. To go live on Webex, see README.md ("Going live").\n\n`,
  );
  return local.stop;
}

async function main(): Promise<void> {
  const config = configOrComplain();
  if (!config) process.exit(1);
  const log = createLogger(config.LOG_LEVEL);
  installProcessGuards(log);
  const mode = runModeOf(config);
  log.info({ mode, database: config.DATABASE_URL.startsWith("file:") ? "sqlite" : "postgres" }, "starting");
  const stop = mode === "sandbox" ? await startSandboxed(config, log) : await startLive(config, log);

  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "draining in-flight work before exit");
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, "could not stop cleanly");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
}

main().catch((error: unknown) => {
  process.stderr.write(`The bot could not start: ${(error as Error).message}\n`);
  process.exit(1);
});
