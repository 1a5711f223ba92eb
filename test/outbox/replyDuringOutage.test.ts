// A command answered while Webex is down: the router hands the reply to the real outbox, which
// parks it. That is not an error: no "something went wrong" notice follows it, nothing is
// logged at error level, and the reply arrives once when the sweep finds Webex back.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestSqlite } from "../support/sqlite.js";
import { openStore, type Store } from "../../domain/store/client.js";
import { createWebexApi } from "../../bot/webex/api.js";
import { createOutbox } from "../../bot/outbox.js";
import { handleEvent } from "../../bot/routing/router.js";
import { defaultTables } from "../../bot/tables.js";
import type { Sandbox } from "../../bot/sandbox/index.js";
import { recordingDeps } from "../commands/recordingDeps.js";
import { makeAdmin } from "../domain/analytics/factories.js";
import { ANA, botPosts, movableClock, sleepOn, startTestSandbox, sweepFor } from "../scheduler/harness.js";

describe("a reply during a Webex outage", () => {
  let env: { sandbox: Sandbox; token: string };
  const file = createTestSqlite();
  let store: Store;

  beforeAll(async () => {
    env = await startTestSandbox();
    store = await openStore(file.url);
    await makeAdmin(store.db, ANA, "full");
  });
  afterAll(async () => {
    await store.close();
    await env.sandbox.close();
    file.remove();
  });

  it("is left to the outbox with a warning, not answered with an error notice, and arrives once after the outage", async () => {
    const lines: Array<{ level: number; msg: string }> = [];
    const log = pino({ level: "info" }, new Writable({ write(chunk: Buffer, _encoding, done) { lines.push(JSON.parse(chunk.toString()) as { level: number; msg: string }); done(); } }));
    const clock = movableClock("2026-11-23T10:00:00Z");
    const outbox = createOutbox({
      db: store.db, api: createWebexApi(`${env.sandbox.url}/v1`, env.token), clock, log,
      spoolDir: mkdtempSync(path.join(tmpdir(), "outbox-")), maxAttempts: 3, backoffMs: 1000, sleep: sleepOn(clock),
    });
    const roomId = env.sandbox.directRoomWith(ANA).id;
    const deps = { ...recordingDeps(store), clock, log, outbox };
    env.sandbox.failNext(4, { status: 503, method: "POST", path: /\/messages/ });

    await handleEvent({ kind: "message", id: "m-1", roomId, roomType: "direct", personEmail: ANA, text: "help", fileUrls: [] }, deps, defaultTables);
    await outbox.drain();
    expect(await store.db.outboxMessage.count({ where: { roomId } }), "the reply only, no error notice").toBe(1);
    expect(lines.filter((l) => l.level >= 50).map((l) => l.msg)).toEqual([]);
    // The router does not wait on Webex (its reply is the outbox's once stored); the outbox warns.
    expect(lines.some((l) => l.level === 40 && l.msg === "webex refused a message")).toBe(true);

    await sweepFor(outbox, clock, 5 * 60_000);
    const posts = botPosts(env.sandbox, roomId);
    expect(posts).toHaveLength(1);
    expect(posts[0]!.text).not.toMatch(/went wrong/);
  });
});
