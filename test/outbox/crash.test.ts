// kill -9 while a reply is in flight: Webex holds the POST (a delay fault), the process is
// SIGKILLed, and the row it left `sending` is not left there: the restarted process (SQLite: the
// only sender, so it need not wait for the lease) sends it again at start, once (Webex never
// took the first POST: its socket died with the process), and records it sent. The lease path,
// for instances sharing PostgreSQL, is in test/scheduler/uploadCrash.test.ts.
import { fork } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestSqlite } from "../support/sqlite.js";
import { openStore, type Store } from "../../domain/store/client.js";
import { systemClock } from "../../domain/clock.js";
import { createWebexApi } from "../../bot/webex/api.js";
import { createOutbox } from "../../bot/outbox.js";
import type { Sandbox } from "../../bot/sandbox/index.js";
import { ANA, botPosts, startTestSandbox } from "../scheduler/harness.js";

async function until<T>(probe: () => Promise<T | undefined | null>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== null) return value;
    if (Date.now() > deadline) throw new Error("condition not reached in time");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("a reply in flight during kill -9", () => {
  let env: { sandbox: Sandbox; token: string };
  const file = createTestSqlite();
  let store: Store;

  beforeAll(async () => {
    env = await startTestSandbox();
    store = await openStore(file.url);
  });
  afterAll(async () => {
    await store.close();
    await env.sandbox.close();
    file.remove();
  });

  it("is sent again once after restart and never stays `sending`", async () => {
    const roomId = env.sandbox.createGroupRoom("Kill -9", [ANA]).id;
    env.sandbox.faults.add({ method: "POST", path: "/messages", roomId, fault: "delay", ms: 60_000, times: 1 });
    const child = fork(path.join(import.meta.dirname, "sendWorker.ts"), [file.url, env.sandbox.url, env.token, roomId, "90000"], {
      execArgv: ["--import", "tsx"], stdio: "inherit",
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
    await until(() => store.db.outboxMessage.findFirst({ where: { roomId, status: "sending" } }));
    // Killed once Webex holds the POST (the fault is used up when the request reaches it).
    await until(async () => (env.sandbox.faults.list().length === 0 ? true : undefined));
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");
    expect((await store.db.outboxMessage.findFirstOrThrow({ where: { roomId } })).status).toBe("sending");

    // The restarted process, its lease far from over: start-up finds the claim and sends the reply.
    const outbox = createOutbox({
      db: store.db, api: createWebexApi(`${env.sandbox.url}/v1`, env.token), clock: systemClock, log: pino({ level: "silent" }),
      spoolDir: mkdtempSync(path.join(tmpdir(), "outbox-")), soleSender: true,
    });
    await outbox.resume();
    await outbox.drain();
    expect(botPosts(env.sandbox, roomId).map((m) => m.text)).toEqual(["the answer in flight"]);
    const row = await store.db.outboxMessage.findFirstOrThrow({ where: { roomId } });
    expect([row.status, row.attempts]).toEqual(["sent", 2]);
    // Nothing further: the first POST died with its process.
    await outbox.retryDue();
    await outbox.drain();
    expect(botPosts(env.sandbox, roomId)).toHaveLength(1);
  }, 60_000);
});
