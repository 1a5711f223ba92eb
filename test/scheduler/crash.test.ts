// Kill -9 mid-run: a bot instance in a child process claims a due report and hands it to the
// outbox, Webex answers 429 with a long Retry-After, and the process is SIGKILLed while it
// waits. A new instance on the same SQLite file resumes the outbox and takes over the dead
// instance's run: the report arrives exactly once.
import { fork } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestSqlite } from "../support/sqlite.js";
import { openStore } from "../../domain/store/client.js";
import type { Sandbox } from "../../bot/sandbox/index.js";
import { botPosts, movableClock, startInstance, startTestSandbox, type Instance } from "./harness.js";
import { makeSpace, makeWeeklySchedule, seedSchedulingPartner } from "./fixtures.js";

async function until<T>(probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error("condition not reached in time");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("a bot instance killed mid-run", () => {
  let env: { sandbox: Sandbox; token: string };
  const file = createTestSqlite();
  let survivor: Instance | undefined;

  beforeAll(async () => { env = await startTestSandbox(); });
  afterAll(async () => {
    await survivor?.close();
    await env.sandbox.close();
    file.remove();
  });

  it("posts the report once after SIGKILL and restart", async () => {
    const roomId = env.sandbox.createGroupRoom("Crash", ["ana.silva@partner.example"]).id;
    const setup = await openStore(file.url);
    await seedSchedulingPartner(setup.db, new Date("2026-11-20T12:00:00Z"));
    await makeSpace(setup.db, roomId);
    await makeWeeklySchedule(setup.db, "crash1", roomId, new Date("2026-11-20T12:00:00Z"));
    env.sandbox.failNext(1, { status: 429, retryAfterSeconds: 120, method: "POST", path: /\/messages/ });

    const child = fork(path.join(import.meta.dirname, "crashWorker.ts"), [file.url, env.sandbox.url, env.token, "2026-11-23T07:00:30Z"], {
      execArgv: ["--import", "tsx"], stdio: "inherit",
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
    // Killed once Webex has refused the post and the outbox is waiting out Retry-After.
    await until(async () => (await setup.db.outboxMessage.findFirst({ where: { attempts: { gte: 1 }, status: "pending" } })) ?? undefined);
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");
    expect(botPosts(env.sandbox, roomId)).toHaveLength(0);
    const orphan = await setup.db.scheduledRun.findFirstOrThrow({ where: { key: "crash1" } });
    expect([orphan.status, orphan.claimedBy]).toEqual(["claimed", "doomed"]);
    await setup.close();

    const clock = movableClock("2026-11-23T07:11:00Z");
    survivor = await startInstance(file.url, env, clock, { instanceId: "survivor" });
    await survivor.outbox.resume();
    await survivor.scheduler.tick();
    await survivor.outbox.drain();
    await survivor.scheduler.tick();

    const posts = botPosts(env.sandbox, roomId);
    expect(posts).toHaveLength(1);
    expect(env.sandbox.fileContent(posts[0]!)?.name).toMatch(/^Subscription details_.*_2026-11-23\.csv$/);
    const run = await survivor.store.db.scheduledRun.findFirstOrThrow({ where: { key: "crash1" } });
    expect([run.status, run.claimedBy]).toEqual(["posted", "survivor"]);
  });
});
