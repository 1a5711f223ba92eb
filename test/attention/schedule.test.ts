// `schedule today daily …` and `schedule changes weekly …` through the real scheduler, run
// ledger, outbox and the sandbox: each due run posts its card once (and a long `changes` its
// CSV once), however often the scheduler ticks.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { cardProblems } from "../../cards/validate.js";
import { createTestSqlite } from "../support/sqlite.js";
import { openStore } from "../../domain/store/client.js";
import type { Sandbox } from "../../bot/sandbox/index.js";
import { textsOf } from "../commands/support.js";
import { botPosts, movableClock, startInstance, startTestSandbox, type Instance, type MovableClock } from "../scheduler/harness.js";
import { makeSpace, makeWeeklySchedule, seedSchedulingPartner } from "../scheduler/fixtures.js";
import { importAt, org } from "./reports.js";

describe("scheduled today and changes", () => {
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
    roomId = env.sandbox.createGroupRoom(`Digest ${Math.random()}`, ["ana.silva@partner.example"]).id;
  });
  afterEach(async () => {
    await instance?.close();
    instance = undefined;
    file.remove();
  });

  it("posts today's card once at its due time", async () => {
    instance = await startInstance(file.url, env, clock);
    await makeSpace(instance.store.db, roomId);
    await instance.store.db.reportSchedule.create({
      data: { id: "today1", spaceId: roomId, template: "today", frequency: "daily", dayOfWeek: null, dayOfMonth: null, time: "08:00", timeZone: "Europe/Madrid", filters: "{}", createdBy: "ana.silva@partner.example", createdAt: clock.now() },
    });
    clock.set("2026-11-21T07:00:20Z");
    expect((await instance.scheduler.tick()).posted).toBe(1);
    await instance.scheduler.tick();
    const posts = botPosts(env.sandbox, roomId);
    expect(posts).toHaveLength(1);
    const card = posts[0]!.attachments?.[0]?.content;
    expect(cardProblems(card)).toEqual([]);
    const texts = textsOf(card);
    expect(texts[0]).toBe("Needs attention (2)");
    expect(texts).toContain("Beta SA");
  });

  it("posts a long changes digest as a card and a CSV, once", async () => {
    instance = await startInstance(file.url, env, clock);
    await makeSpace(instance.store.db, roomId);
    const customers = Array.from({ length: 12 }, (_, i) => ({ orgId: org(200 + i), customerName: `New ${i}`, subscriptionId: `N-${i}` }));
    await importAt(instance.store.db, "2026-11-16T08:00:00Z", customers.slice(0, 1));
    await importAt(instance.store.db, "2026-11-23T06:00:00Z", customers);
    await makeWeeklySchedule(instance.store.db, "weekly2", roomId, new Date("2026-11-20T12:00:00Z"));
    await instance.store.db.reportSchedule.update({ where: { id: "weekly2" }, data: { template: "changes" } });
    clock.set("2026-11-23T07:00:20Z");
    expect((await instance.scheduler.tick()).posted).toBe(1);
    await instance.scheduler.tick();
    await instance.outbox.drain();
    const posts = botPosts(env.sandbox, roomId);
    expect(posts).toHaveLength(2);
    expect(cardProblems(posts[0]!.attachments?.[0]?.content)).toEqual([]);
    expect(textsOf(posts[0]!.attachments?.[0]?.content).join("\n")).toContain("Changes not shown here: 1. The attached CSV lists them all.");
    const csv = env.sandbox.fileContent(posts[1]!)!.content.toString("utf8");
    expect(csv.trim().split(/\r\n/)).toHaveLength(12);
  });
});
