// A space whose POST hangs does not hold the scheduler: the tick finishes, the other space's
// report is posted and recorded posted, the hung one is recorded queued (not posted), and once
// Webex answers it is delivered once and the ledger says posted.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestSqlite } from "../support/sqlite.js";
import { openStore } from "../../domain/store/client.js";
import type { Sandbox } from "../../bot/sandbox/index.js";
import { ANA, botPosts, movableClock, startInstance, startTestSandbox, type Instance } from "./harness.js";
import { makeSpace, makeWeeklySchedule, seedSchedulingPartner } from "./fixtures.js";

describe("the scheduler with one hung space", () => {
  let env: { sandbox: Sandbox; token: string };
  const file = createTestSqlite();
  let instance: Instance | undefined;

  beforeAll(async () => { env = await startTestSandbox(); });
  afterAll(async () => {
    await instance?.close();
    await env.sandbox.close();
    file.remove();
  });

  it("finishes its tick, posts the other space's report, and delivers the hung one once Webex answers", async () => {
    const [hung, healthy] = [env.sandbox.createGroupRoom("Hung", [ANA]).id, env.sandbox.createGroupRoom("Healthy", [ANA]).id];
    const setup = await openStore(file.url);
    await seedSchedulingPartner(setup.db, new Date("2026-11-20T12:00:00Z"));
    await setup.close();
    const clock = movableClock("2026-11-23T07:00:30Z");
    // The hung post is abandoned after 3 s; the run waits 1 s for Webex before recording it queued.
    instance = await startInstance(file.url, env, clock, { postWaitMs: 1_000 }, { maxAttempts: 1, sendTimeoutMs: 3_000, uploadTimeoutMs: 3_000 });
    await makeSpace(instance.store.db, hung);
    await makeSpace(instance.store.db, healthy);
    await makeWeeklySchedule(instance.store.db, "hung1", hung, new Date("2026-11-20T12:00:00Z"));
    await makeWeeklySchedule(instance.store.db, "healthy1", healthy, new Date("2026-11-20T12:00:00Z"));
    env.sandbox.faults.add({ method: "POST", path: "/messages", roomId: hung, fault: "hang", times: 1 });

    expect(await instance.scheduler.tick()).toMatchObject({ posted: 1, queued: 1, failed: 0 });
    expect(botPosts(env.sandbox, healthy)).toHaveLength(1);
    expect(botPosts(env.sandbox, hung)).toHaveLength(0);
    const runs = await instance.store.db.scheduledRun.findMany({ orderBy: { key: "asc" } });
    expect(runs.map((r) => [r.key, r.status])).toEqual([["healthy1", "posted"], ["hung1", "queued"]]);

    // The abandoned post times out and is parked; the sweep sends it, and the next tick settles the run.
    await instance.outbox.drain();
    clock.advance(5 * 60_000);
    await instance.outbox.retryDue();
    await instance.outbox.drain();
    await instance.scheduler.tick();
    expect(botPosts(env.sandbox, hung)).toHaveLength(1);
    expect((await instance.store.db.scheduledRun.findFirstOrThrow({ where: { key: "hung1" } })).status).toBe("posted");
  }, 60_000);
});
