// The daily partner-data sync runs from the scheduler at SYNC_TIME, claimed in the run ledger
// like every scheduled run: once per day even with two instances on one PostgreSQL, and a
// failed sync is recorded and leaves the store as it was.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pino from "pino";
import { startSandbox, type Sandbox } from "../../bot/sandbox/index.js";
import { partnerApiRouter } from "../../bot/sandbox/partner/router.js";
import { runSync } from "../../bot/sync/index.js";
import type { DailySync } from "../../bot/scheduler/scheduler.js";
import { generateDemoPartner } from "../../prisma/seed/index.js";
import { freshStore } from "../support/engines.js";
import { movableClock, startInstance, type Instance } from "./harness.js";

const PARTNER_TOKEN = "partner-admin-token-for-sync";
const BOT_TOKEN = "bot_PF84_5d2c1f0e-0000-4000-8000-000000000001";
const partner = generateDemoPartner({ customers: 12, seed: 3, now: new Date("2026-11-23T00:00:00Z") });

describe("the daily sync", () => {
  let sandbox: Sandbox;
  let database: Awaited<ReturnType<typeof freshStore>>;
  const instances: Instance[] = [];
  beforeAll(async () => {
    sandbox = await startSandbox({
      botToken: BOT_TOKEN, extraTokens: [PARTNER_TOKEN], demoSpaces: false,
      routers: [partnerApiRouter({ partner, token: PARTNER_TOKEN, pollsUntilDone: 1 })],
    });
    database = await freshStore("postgres");
  });
  afterAll(async () => {
    for (const instance of instances) await instance.close();
    await database?.dispose();
    await sandbox?.close();
  });

  it("runs once at SYNC_TIME across two instances, fills the store, and not again that day", async () => {
    const clock = movableClock("2026-11-23T02:00:00Z");
    const log = pino({ level: "silent" });
    const syncFor = (db: typeof database.store.db): DailySync => ({
      time: "03:00", timeZone: "UTC",
      run: async () => {
        const outcome = await runSync({ db, apiBase: `${sandbox.url}/v1`, partnerToken: PARTNER_TOKEN, clock, log, sleep: async () => undefined, pollIntervalMs: 1 });
        return `${outcome.organizations} organizations`;
      },
    });
    // Two instances on one database; the sync writes through the test's own connection.
    for (const id of ["a", "b"]) {
      instances.push(await startInstance(database.url, { sandbox, token: BOT_TOKEN }, clock, { instanceId: id, sync: syncFor(database.store.db) }));
    }

    const organizationCalls = () => sandbox.requests().filter((r) => r.path === "/v1/partner/organizations").length;
    await Promise.all(instances.map((i) => i.scheduler.tick()));
    expect(organizationCalls(), "nothing is due before 03:00").toBe(0);

    clock.set("2026-11-23T03:00:30Z");
    await Promise.all(instances.map((i) => i.scheduler.tick()));
    expect(await database.store.db.customer.count()).toBe(12);
    const runs = await database.store.db.scheduledRun.findMany({ where: { kind: "sync" } });
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ status: "posted", detail: "12 organizations" });

    clock.set("2026-11-23T20:00:00Z");
    const calls = organizationCalls();
    await Promise.all(instances.map((i) => i.scheduler.tick()));
    expect(organizationCalls(), "no second sync the same day").toBe(calls);
  });
});
