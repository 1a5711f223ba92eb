// Scheduled posts through a Webex outage longer than the outbox's immediate attempts, with the
// real outbox and its production backoffs on a clock the test moves: the run is recorded
// `queued` rather than failed, the post arrives once when Webex is back, and what comes next
// behaves as if it had been posted on time (no second "missed" note, no second alert). On
// PostgreSQL, two instances sweeping the same parked messages deliver each one once.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestSqlite } from "../support/sqlite.js";
import { freshStore } from "../support/engines.js";
import { openStore } from "../../domain/store/client.js";
import type { Sandbox } from "../../bot/sandbox/index.js";
import { botPosts, movableClock, sleepOn, startInstance, startTestSandbox, sweepFor, type Instance, type MovableClock } from "./harness.js";
import { makeSpace, makeWeeklySchedule, seedSchedulingPartner } from "./fixtures.js";
import { handleEvent } from "../../bot/routing/router.js";
import { defaultTables } from "../../bot/tables.js";
import { recordingDeps } from "../commands/recordingDeps.js";

const MINUTE = 60_000;
const OUTAGE = { status: 503 as const, method: "POST", path: /\/messages/ };

describe("scheduled posts through a Webex outage", () => {
  let env: { sandbox: Sandbox; token: string };
  let file: ReturnType<typeof createTestSqlite>;
  let clock: MovableClock;
  let instance: Instance;
  let roomId: string;

  // A sandbox per test: the outage of one must not reach the next.
  beforeEach(async () => {
    env = await startTestSandbox();
    file = createTestSqlite();
    clock = movableClock("2026-11-10T12:00:00Z");
    const store = await openStore(file.url);
    await seedSchedulingPartner(store.db, clock.now());
    await store.close();
    roomId = env.sandbox.createGroupRoom(`Outage ${Math.random()}`, ["ana.silva@partner.example"]).id;
    // The outbox's own defaults (5 attempts from 2 s, parked from 30 s), in clock time.
    instance = await startInstance(file.url, env, clock, {}, { backoffMs: 2000, sleep: sleepOn(clock) });
  });
  afterEach(async () => {
    await instance.close();
    await env.sandbox.close();
    file.remove();
  });

  it("records a report due during the outage as queued, posts it once after, and does not tell next week it missed it", async () => {
    await makeSpace(instance.store.db, roomId);
    await makeWeeklySchedule(instance.store.db, "outage1", roomId, new Date("2026-11-10T12:00:00Z"));
    const before = env.sandbox.requests().length;
    // Webex refuses the next 8 posts: 5 immediate attempts, then the sweep's tries at 07:01:30,
    // 07:02:30 and 07:04:30; it takes the one at 07:08:30.
    env.sandbox.failNext(8, OUTAGE);
    clock.set("2026-11-23T07:00:30Z");
    expect(await instance.scheduler.tick()).toMatchObject({ queued: 1, missed: 1, posted: 0, failed: 0 });
    const queued = await instance.store.db.scheduledRun.findFirstOrThrow({ where: { key: "outage1", status: "queued" } });
    expect(new Date(queued.dueAt).toISOString()).toBe("2026-11-23T07:00:00.000Z");
    expect(queued.detail).toBe("2 rows; Webex is unavailable, the outbox keeps trying until 2026-11-24T07:00:30.000Z");
    expect(botPosts(env.sandbox, roomId)).toHaveLength(0);

    // What an admin who asks sees meanwhile, and once it went out.
    const schedulesSays = async (): Promise<string> => {
      const deps = recordingDeps(instance.store, clock.now());
      await handleEvent({ kind: "message", id: `m-${Math.random()}`, roomId, roomType: "group", personEmail: "ana.silva@partner.example", text: "schedules", fileUrls: [] }, deps, defaultTables);
      return deps.sent.at(-1)!.text!;
    };
    expect(await schedulesSays()).toContain("Last run, due Nov 23, 2026, 08:00: waiting for Webex");

    await sweepFor(instance.outbox, clock, 5 * MINUTE);
    expect(await instance.scheduler.tick(), "the queued run is not run again").toMatchObject({ queued: 0, posted: 0, failed: 0 });
    expect(botPosts(env.sandbox, roomId), "still down at 07:06").toHaveLength(0);
    await sweepFor(instance.outbox, clock, 10 * MINUTE);
    const posts = botPosts(env.sandbox, roomId);
    expect(posts).toHaveLength(1);
    expect(posts[0]!.text).toContain("offline for 1 earlier run(s) of this schedule, the last one due Nov 16, 2026, 08:00");
    expect(env.sandbox.fileContent(posts[0]!)?.name).toMatch(/^Subscription details_.*_2026-11-23\.csv$/);
    const attempts = env.sandbox.requests().slice(before).filter((r) => r.method === "POST" && r.path.endsWith("/messages"));
    expect(attempts.map((r) => r.status)).toEqual([...Array(8).fill(503), 200]);
    expect(await schedulesSays()).toContain("Last run, due Nov 23, 2026, 08:00: posted.");

    clock.set("2026-11-30T07:00:30Z");
    expect(await instance.scheduler.tick()).toMatchObject({ posted: 1, queued: 0, missed: 0 });
    const settled = await instance.store.db.scheduledRun.findFirstOrThrow({ where: { key: "outage1", dueAt: new Date("2026-11-23T07:00:00Z") } });
    expect([settled.status, settled.detail], "the ledger, too, says posted once Webex took it").toEqual(["posted", "2 rows; accepted by Webex at 2026-11-23T07:08:30.000Z"]);
    const next = botPosts(env.sandbox, roomId);
    expect(next).toHaveLength(2);
    expect(next[1]!.text).not.toContain("offline");
  });

  it("records the alerts of a card queued by the outage, delivers it once, and does not raise them again", async () => {
    await makeSpace(instance.store.db, roomId, { alertsEnabled: true, alertTime: "08:00", createdAt: new Date("2026-11-21T00:00:00Z") });
    env.sandbox.failNext(6, OUTAGE);
    clock.set("2026-11-21T07:00:30Z");
    expect(await instance.scheduler.tick()).toMatchObject({ queued: 1, failed: 0 });
    const runs = await instance.store.db.scheduledRun.findMany({ where: { kind: "alert-scan", key: roomId } });
    expect(runs.map((r) => r.status)).toEqual(["queued"]);
    expect(await instance.store.db.alertLedger.count({ where: { spaceId: roomId } })).toBe(2);

    await sweepFor(instance.outbox, clock, 10 * MINUTE);
    expect(botPosts(env.sandbox, roomId).map((m) => m.text)).toEqual(["Partner alerts: 1 ending soon, 1 newly over the license limit, 0 newly suspended."]);
    clock.set("2026-11-22T07:00:30Z");
    expect(await instance.scheduler.tick()).toMatchObject({ posted: 0, queued: 0, skipped: 1 });
    expect(botPosts(env.sandbox, roomId)).toHaveLength(1);
  });
});

describe("two instances sweeping one PostgreSQL outbox", () => {
  let env: { sandbox: Sandbox; token: string };
  let database: Awaited<ReturnType<typeof freshStore>>;
  const clock = movableClock("2026-11-23T07:00:00Z");
  const instances: Instance[] = [];

  beforeAll(async () => {
    env = await startTestSandbox();
    database = await freshStore("postgres");
    for (const instanceId of ["instance-a", "instance-b"]) {
      instances.push(await startInstance(database.url, env, clock, { instanceId }, { maxAttempts: 3, backoffMs: 1000, sleep: sleepOn(clock) }));
    }
  });
  afterAll(async () => {
    for (const instance of instances) await instance.close();
    await database?.dispose();
    await env?.sandbox.close();
  });

  it("delivers each parked message once when both retry it", async () => {
    const rooms = [0, 1, 2].map((i) => env.sandbox.createGroupRoom(`Parked ${i}`, ["ana.silva@partner.example"]).id);
    // 3 tries for the first message, one for each of the others once Webex is known to be down.
    env.sandbox.failNext(5, OUTAGE);
    for (const roomId of rooms) await expect(instances[0]!.outbox.send({ roomId, text: `to ${roomId}` })).resolves.toMatchObject({ kind: "queued" });
    clock.advance(5 * MINUTE);
    const queued = await Promise.all(instances.map((i) => i.outbox.retryDue()));
    expect(queued[0]! + queued[1]!, "both may queue the same messages; the claim lets one post each").toBeGreaterThanOrEqual(3);
    await Promise.all(instances.map((i) => i.outbox.drain()));
    for (const roomId of rooms) expect(botPosts(env.sandbox, roomId).map((m) => m.text)).toEqual([`to ${roomId}`]);
    const rows = await database.store.db.outboxMessage.findMany();
    expect(rows.map((r) => r.status)).toEqual(["sent", "sent", "sent"]);
  });
});
