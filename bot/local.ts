// The embedded default: no Webex account needed. The sandbox stands in for Webex, SQLite holds
// the demo partner, and the real framework talks HTTP to the sandbox in webhook mode.
import { randomBytes, randomUUID } from "node:crypto";
import type { Router } from "express";
import type { Clock } from "../domain/clock.js";
import { openStore, type Store } from "../domain/store/client.js";
import { applyAdminSetting } from "../domain/access/viewer.js";
import type { Role } from "../domain/model.js";
import { seedIfEmpty } from "../prisma/seed/index.js";
import { startSandbox, type Sandbox } from "./sandbox/index.js";
import { startBot, type BotOptions, type RunningBot } from "./server.js";
import type { Logger } from "./log.js";
import type { RoutingTables } from "./routing/types.js";

export interface LocalOptions {
  databaseUrl: string;
  clock: Clock;
  log: Logger;
  /** The bot's own port (0: any free one). */
  port: number;
  sandboxPort: number;
  timeZone: string;
  dataDir: string;
  /** Customers of the demo partner written into an empty store; 0 writes none. */
  demoCustomers: number;
  partnerAdmins?: ReadonlyArray<{ email: string; role: Role }>;
  sandboxRouters?: (store: Store) => Router[];
  maxImportBytes?: number;
  /** Start the chart process with the bot (npm start does; tests start it on their first picture). */
  warmCharts?: boolean;
  /** The secret Webex signs events with (random when unset). */
  webhookSecret?: string;
  tables?: RoutingTables;
  /** Inbox and Webex-read tuning (tests make leases and parking short). */
  inbox?: BotOptions["inbox"];
  webexHttp?: BotOptions["webexHttp"];
}

export interface LocalRun {
  sandbox: Sandbox;
  bot: RunningBot;
  store: Store;
  stop(): Promise<void>;
}

export async function startLocal(options: LocalOptions): Promise<LocalRun> {
  // Shaped like a real bot token (secret_PF84_orgId): the SDK reads the org id from it.
  const botToken = `${randomBytes(24).toString("hex")}_PF84_${randomUUID()}`;
  const store = await openStore(options.databaseUrl);
  const sandbox = await startSandbox({ port: options.sandboxPort, botToken, routers: options.sandboxRouters?.(store) });
  try {
    if (options.demoCustomers > 0) {
      const seeded = await seedIfEmpty(store.db, { customers: options.demoCustomers, now: options.clock.now() });
      if (seeded) options.log.info({ customers: options.demoCustomers }, "wrote the demo partner into the empty store");
    }
    if (options.partnerAdmins?.length) await applyAdminSetting(store.db, options.partnerAdmins);
    // The demo's group space is enabled as if a partner admin had written `enable` there.
    for (const room of sandbox.rooms().filter((r) => r.type === "group")) {
      await store.db.space.upsert({
        where: { id: room.id },
        create: { id: room.id, type: "group", title: room.title, enabled: true, enabledBy: "demo", timeZone: options.timeZone },
        update: {},
      });
    }
    const bot = await startBot({
      store,
      clock: options.clock,
      log: options.log,
      token: botToken,
      apiUrl: `${sandbox.url}/v1`,
      webhookUrl: (port) => `http://127.0.0.1:${port}/webhook`,
      webhookSecret: options.webhookSecret ?? randomBytes(24).toString("hex"),
      port: options.port,
      timeZone: options.timeZone,
      dataDir: options.dataDir,
      tables: options.tables,
      maxImportBytes: options.maxImportBytes,
      warmCharts: options.warmCharts,
      inbox: options.inbox,
      webexHttp: options.webexHttp,
    });
    return {
      sandbox,
      bot,
      store,
      async stop() {
        await bot.stop();
        await sandbox.close();
        await store.close();
      },
    };
  } catch (error) {
    await sandbox.close();
    await store.close();
    throw error;
  }
}
