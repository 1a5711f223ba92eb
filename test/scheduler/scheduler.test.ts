// The scheduler against a real SQLite file and the sandbox over HTTP: a weekly report posts
// once at its due time, survives a restart without posting twice, catches up (or records as
// missed) what came due while the bot was down, keeps 08:00 across a DST change, posts the
// daily alert card once, and delivers everything once through a stretch of 429s.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { cardProblems } from "../../cards/validate.js";
import { createTestSqlite } from "../support/sqlite.js";
import { openStore } from "../../domain/store/client.js";
import type { Sandbox } from "../../bot/sandbox/index.js";
import { parseCsv } from "../reports/parseCsv.js";
import { botPosts, movableClock, startInstance, startTestSandbox, type Instance, type MovableClock } from "./harness.js";
import { makeSpace, makeWeeklySchedule, seedSchedulingPartner } from "./fixtures.js";

const MONDAY_0800_MADRID = "2026-11-23T07:00:00Z";

describe("scheduler on SQLite", () => {
  let env: { sandbox: Sandbox; token: string };
  let file: ReturnType<typeof createTestSqlite>;
  let clock: MovableClock;
  let instance: Instance | undefined;
  let roomId: string;

  beforeAll(async () => { env = await startTestSandbox(); });
  afterAll(async () => { await env.sandbox.close(); });
  beforeEach(async () => {
    file = createTestSqlite();
    clock = movableClock("2026-11-20T12:00:00Z");
    const store = await openStore(file.url);
    await seedSchedulingPartner(store.db, clock.now());
    await store.close();
    roomId = env.sandbox.createGroupRoom(`Reports ${Math.random()}`, ["ana.silva@partner.example"]).id;
  });
  afterEach(async () => {
    await instance?.close();
    instance = undefined;
    file.remove();
  });

  it("posts a weekly report once at its due time, and not again after a second tick or a restart", async () => {
    instance = await startInstance(file.url, env, clock);
    await makeSpace(instance.store.db, roomId);
    await makeWeeklySchedule(instance.store.db, "weekly1", roomId, new Date("2026-11-20T12:00:00Z"));
    clock.set("2026-11-23T06:59:00Z");
    expect((await instance.scheduler.tick()).posted).toBe(0);
    clock.set("2026-11-23T07:00:20Z");
    expect((await instance.scheduler.tick()).posted).toBe(1);
    await instance.scheduler.tick();
    const posts = botPosts(env.sandbox, roomId);
    expect(posts).toHaveLength(1);
    expect(posts[0]!.text).toMatch(/^Scheduled report Subscription details \(weekly1\): 2 rows in Subscription details_[A-Za-z0-9]{10}_2026-11-23\.csv\.$/);
    const csv = parseCsv(env.sandbox.fileContent(posts[0]!)!.content.toString("utf8"));
    expect(csv[0]![1]).toBe("Customer Name");
    expect(csv.slice(1).map((r) => r[1])).toEqual([`'=HYPERLINK("http://x","Click me")`, "Beta SA"]);

    await instance.close();
    clock.set("2026-11-23T07:05:00Z");
    instance = await startInstance(file.url, env, clock);
    await instance.outbox.resume();
    await instance.scheduler.tick();
    expect(botPosts(env.sandbox, roomId)).toHaveLength(1);
    const runs = await instance.store.db.scheduledRun.findMany({ where: { key: "weekly1" } });
    expect(runs.map((r) => [new Date(r.dueAt).toISOString(), r.status])).toEqual([[new Date(MONDAY_0800_MADRID).toISOString(), "posted"]]);
  });

  it("posts a run missed while the bot was down once at start when it is under 6 h old, and says which earlier ones it missed", async () => {
    instance = await startInstance(file.url, env, clock);
    await makeSpace(instance.store.db, roomId);
    await makeWeeklySchedule(instance.store.db, "catchup", roomId, new Date("2026-11-01T12:00:00Z"));
    clock.set("2026-11-23T12:00:00Z");
    const result = await instance.scheduler.tick();
    expect(result).toMatchObject({ posted: 1, missed: 3 });
    const posts = botPosts(env.sandbox, roomId);
    expect(posts).toHaveLength(1);
    expect(posts[0]!.text).toContain("The bot was offline for 3 earlier run(s) of this schedule, the last one due Nov 16, 2026, 08:00");
  });

  it("records a run more than 6 h late as missed, posts nothing then, and says so in the next post", async () => {
    instance = await startInstance(file.url, env, clock);
    await makeSpace(instance.store.db, roomId);
    await makeWeeklySchedule(instance.store.db, "late", roomId, new Date("2026-11-20T12:00:00Z"));
    clock.set("2026-11-23T13:00:01Z");
    expect(await instance.scheduler.tick()).toMatchObject({ posted: 0, missed: 1 });
    expect(botPosts(env.sandbox, roomId)).toHaveLength(0);
    clock.set("2026-11-30T07:00:05Z");
    expect(await instance.scheduler.tick()).toMatchObject({ posted: 1, missed: 0 });
    expect(botPosts(env.sandbox, roomId)[0]!.text).toContain("offline for 1 earlier run(s) of this schedule, the last one due Nov 23, 2026, 08:00");
  });

  it("runs a daily 08:00 Madrid report at 08:00 local on both sides of the spring DST change, and across midnight in UTC", async () => {
    clock.set("2026-03-27T12:00:00Z");
    instance = await startInstance(file.url, env, clock);
    await makeSpace(instance.store.db, roomId);
    await makeWeeklySchedule(instance.store.db, "dst", roomId, new Date("2026-03-27T12:00:00Z"), { frequency: "daily", dayOfWeek: null });
    for (const at of ["2026-03-28T06:59:00Z", "2026-03-28T07:00:01Z", "2026-03-28T23:59:59Z", "2026-03-29T00:00:00Z", "2026-03-29T06:00:01Z", "2026-03-29T07:00:01Z"]) {
      clock.set(at);
      await instance.scheduler.tick();
    }
    const runs = await instance.store.db.scheduledRun.findMany({ where: { key: "dst" }, orderBy: { dueAt: "asc" } });
    expect(runs.map((r) => [new Date(r.dueAt).toISOString(), r.status])).toEqual([
      ["2026-03-28T07:00:00.000Z", "posted"], ["2026-03-29T06:00:00.000Z", "posted"],
    ]);
    expect(botPosts(env.sandbox, roomId)).toHaveLength(2);
  });

  it("posts the daily alert card once, valid for Webex, and nothing the next day when nothing is new", async () => {
    instance = await startInstance(file.url, env, clock);
    await makeSpace(instance.store.db, roomId, { alertsEnabled: true, createdAt: new Date("2026-11-21T00:00:00Z") });
    clock.set("2026-11-21T08:00:30Z");
    expect((await instance.scheduler.tick()).posted).toBe(1);
    await instance.scheduler.tick();
    const posts = botPosts(env.sandbox, roomId);
    expect(posts).toHaveLength(1);
    const card = posts[0]!.attachments![0]!.content as object;
    expect(cardProblems(card)).toEqual([]);
    const text = (JSON.stringify(card).match(/"text":"((?:[^"\\]|\\.)*)"/g) ?? []).map((m) => JSON.parse(m.slice(7)) as string).join("\n").replace(/\\/g, "");
    expect(text).not.toContain("offline");
    expect(text).toContain("Ending soon (1)");
    expect(text).toContain(`=HYPERLINK("http://x","Click me"): subscription s-1 ends Dec 15, 2026, in 24 day(s) (the 30-day warning)`);
    expect(text).toContain("Newly over the license limit (1)");
    expect(posts[0]!.text).toBe("Partner alerts: 1 ending soon, 1 newly over the license limit, 0 newly suspended.");
    clock.set("2026-11-22T08:00:30Z");
    expect((await instance.scheduler.tick()).posted).toBe(0);
    expect(botPosts(env.sandbox, roomId)).toHaveLength(1);
  });

  it("delivers every due report and alert exactly once while Webex answers 429 for a while", async () => {
    instance = await startInstance(file.url, env, clock);
    const otherRoom = env.sandbox.createGroupRoom(`Other ${Math.random()}`, ["ana.silva@partner.example"]).id;
    await makeSpace(instance.store.db, roomId, { alertsEnabled: true, createdAt: new Date("2026-11-20T00:00:00Z"), alertTime: "08:00" });
    await makeSpace(instance.store.db, otherRoom);
    await makeWeeklySchedule(instance.store.db, "r429a", roomId, new Date("2026-11-20T12:00:00Z"));
    await makeWeeklySchedule(instance.store.db, "r429b", otherRoom, new Date("2026-11-20T12:00:00Z"));
    const before = env.sandbox.requests().length;
    env.sandbox.failNext(3, { status: 429, retryAfterSeconds: 1, method: "POST", path: /\/messages/ });
    clock.set("2026-11-23T07:00:30Z");
    expect(await instance.scheduler.tick()).toMatchObject({ posted: 3, failed: 0 });
    expect(botPosts(env.sandbox, roomId)).toHaveLength(2);
    expect(botPosts(env.sandbox, otherRoom)).toHaveLength(1);
    const refused = env.sandbox.requests().slice(before).filter((r) => r.status === 429);
    expect(refused).toHaveLength(3);
    const rows = await instance.store.db.outboxMessage.findMany();
    expect(rows.map((r) => r.status)).toEqual(["sent", "sent", "sent"]);
  });
});
