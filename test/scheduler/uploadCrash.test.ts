// kill -9 while a scheduled report's upload is in flight: Webex holds the POST, the process is
// SIGKILLed. The survivor takes the run over but does not record it posted on the strength of
// the outbox row the dead instance never finished: `schedules` says it is waiting, the outbox
// recovers the row and sends it, and only once Webex has accepted it do the ledger and
// `schedules` say posted. The report arrives once.
import { fork } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestSqlite } from "../support/sqlite.js";
import { openStore } from "../../domain/store/client.js";
import type { Sandbox } from "../../bot/sandbox/index.js";
import { handleEvent } from "../../bot/routing/router.js";
import { defaultTables } from "../../bot/tables.js";
import { recordingDeps } from "../commands/recordingDeps.js";
import { ANA, botPosts, movableClock, sleepOn, startInstance, startTestSandbox, sweepFor, type Instance } from "./harness.js";
import { makeSpace, makeWeeklySchedule, seedSchedulingPartner } from "./fixtures.js";

const MINUTE = 60_000;

async function until<T>(probe: () => Promise<T | undefined | null> | T | undefined, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== null) return value;
    if (Date.now() > deadline) throw new Error("condition not reached in time");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("a scheduled report whose upload was in flight during kill -9", () => {
  let env: { sandbox: Sandbox; token: string };
  const file = createTestSqlite();
  let survivor: Instance | undefined;

  beforeAll(async () => { env = await startTestSandbox(); });
  afterAll(async () => {
    await survivor?.close();
    await env.sandbox.close();
    file.remove();
  });

  it("is recorded posted only once Webex accepted it, and `schedules` says so", async () => {
    const roomId = env.sandbox.createGroupRoom("Upload crash", [ANA]).id;
    const setup = await openStore(file.url);
    await seedSchedulingPartner(setup.db, new Date("2026-11-20T12:00:00Z"));
    await makeSpace(setup.db, roomId);
    await makeWeeklySchedule(setup.db, "upload1", roomId, new Date("2026-11-20T12:00:00Z"));
    env.sandbox.faults.add({ method: "POST", path: "/messages", roomId, fault: "delay", ms: 120_000, times: 1 });

    const child = fork(path.join(import.meta.dirname, "crashWorker.ts"), [file.url, env.sandbox.url, env.token, "2026-11-23T07:00:30Z"], {
      execArgv: ["--import", "tsx"], stdio: "inherit",
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
    await until(() => setup.db.outboxMessage.findFirst({ where: { roomId, status: "sending" } }));
    await until(() => (env.sandbox.faults.list().length === 0 ? true : undefined));
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");
    await setup.close();

    // Restarted 11 minutes later (both leases ran out) while Webex still refuses the space's posts.
    const clock = movableClock("2026-11-23T07:11:00Z");
    survivor = await startInstance(file.url, env, clock, { instanceId: "survivor" }, { sleep: sleepOn(clock) });
    const { db } = survivor.store;
    const schedulesSays = async (): Promise<string> => {
      const deps = recordingDeps(survivor!.store, clock.now());
      await handleEvent({ kind: "message", id: `m-${Math.random()}`, roomId, roomType: "group", personEmail: ANA, text: "schedules", fileUrls: [] }, deps, defaultTables);
      return deps.sent.at(-1)!.text!;
    };
    env.sandbox.faults.add({ method: "POST", path: "/messages", roomId, fault: "status", status: 503 });
    expect(await survivor.scheduler.tick()).toMatchObject({ posted: 0, queued: 1, failed: 0 });
    let run = await db.scheduledRun.findFirstOrThrow({ where: { key: "upload1" } });
    expect([run.status, run.claimedBy]).toEqual(["queued", "survivor"]);
    expect(await schedulesSays()).toContain("Last run, due Nov 23, 2026, 08:00: waiting for Webex");

    // The outbox recovers the dead instance's claim; Webex still refuses: nothing is posted.
    await survivor.outbox.retryDue();
    await survivor.outbox.drain();
    expect((await db.outboxMessage.findFirstOrThrow({ where: { roomId } })).status).toBe("pending");
    await survivor.scheduler.tick();
    run = await db.scheduledRun.findFirstOrThrow({ where: { key: "upload1" } });
    expect(run.status).toBe("queued");
    expect(botPosts(env.sandbox, roomId)).toHaveLength(0);

    // Webex is back: the report goes out once, and then the ledger and `schedules` say posted.
    env.sandbox.faults.clear();
    await sweepFor(survivor.outbox, clock, 10 * MINUTE);
    await survivor.scheduler.tick();
    const posts = botPosts(env.sandbox, roomId);
    expect(posts).toHaveLength(1);
    expect(env.sandbox.fileContent(posts[0]!)?.name).toMatch(/^Subscription details_.*_2026-11-23\.csv$/);
    run = await db.scheduledRun.findFirstOrThrow({ where: { key: "upload1" } });
    expect(run.status).toBe("posted");
    expect(await schedulesSays()).toContain("Last run, due Nov 23, 2026, 08:00: posted.");
  }, 90_000);
});
