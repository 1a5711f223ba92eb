// Two bot instances on one PostgreSQL database, each with its own scheduler, outbox and
// connection pool, ticking at the same moment: every due report and alert card posts once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshStore } from "../support/engines.js";
import type { Sandbox } from "../../bot/sandbox/index.js";
import { botPosts, movableClock, startInstance, startTestSandbox, type Instance } from "./harness.js";
import { makeSpace, makeWeeklySchedule, seedSchedulingPartner } from "./fixtures.js";

describe("two instances sharing PostgreSQL", () => {
  let env: { sandbox: Sandbox; token: string };
  let database: Awaited<ReturnType<typeof freshStore>>;
  const instances: Instance[] = [];
  const clock = movableClock("2026-11-20T12:00:00Z");
  const rooms: string[] = [];

  beforeAll(async () => {
    env = await startTestSandbox();
    database = await freshStore("postgres");
    const db = database.store.db;
    await seedSchedulingPartner(db, clock.now());
    for (let i = 0; i < 3; i++) {
      const roomId = env.sandbox.createGroupRoom(`Team ${i}`, ["ana.silva@partner.example"]).id;
      rooms.push(roomId);
      await makeSpace(db, roomId, { alertsEnabled: true, alertTime: "08:00", createdAt: new Date("2026-11-20T00:00:00Z") });
      await makeWeeklySchedule(db, `pg${i}`, roomId, new Date("2026-11-20T12:00:00Z"));
    }
    for (const instanceId of ["instance-a", "instance-b"]) instances.push(await startInstance(database.url, env, clock, { instanceId }));
  });
  afterAll(async () => {
    for (const instance of instances) await instance.close();
    await database?.dispose();
    await env?.sandbox.close();
  });

  it("posts each due report and each alert card once, whichever instance claims it", async () => {
    clock.set("2026-11-23T07:00:30Z");
    const results = await Promise.all(instances.map((i) => i.scheduler.tick()));
    expect(results.reduce((sum, r) => sum + r.posted, 0)).toBe(6);
    await Promise.all(instances.map((i) => i.scheduler.tick()));
    for (const roomId of rooms) {
      const posts = botPosts(env.sandbox, roomId);
      expect(posts.filter((p) => p.files?.length)).toHaveLength(1);
      expect(posts.filter((p) => p.attachments?.length)).toHaveLength(1);
    }
    const runs = await database.store.db.scheduledRun.findMany({ where: { status: "posted" } });
    expect(runs).toHaveLength(6);
    const ledger = await database.store.db.alertLedger.count();
    expect(ledger).toBe(rooms.length * 2);
  });

  it("still posts once when both instances restart and tick again", async () => {
    for (const instance of instances.splice(0)) await instance.close();
    for (const instanceId of ["instance-c", "instance-d"]) instances.push(await startInstance(database.url, env, clock, { instanceId }));
    clock.set("2026-11-23T07:10:00Z");
    await Promise.all(instances.map(async (i) => { await i.outbox.resume(); await i.scheduler.tick(); }));
    for (const roomId of rooms) expect(botPosts(env.sandbox, roomId)).toHaveLength(2);
  });
});
