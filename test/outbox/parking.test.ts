// The outbox through a Webex outage, against the sandbox over HTTP and a real SQLite file, on a
// clock the test moves (backoffs pass clock time, not real time): a message Webex keeps
// refusing with 5xx is parked, not lost, and arrives once when the sweep finds Webex back (lanes.test.ts: it does not hold up other
// spaces); a space still reads its messages in order; a day
// later a message still refused is given up with a clear reason; a 4xx is given up at once.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pino from "pino";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestSqlite } from "../support/sqlite.js";
import { openStore, type Store } from "../../domain/store/client.js";
import { systemClock, type Clock } from "../../domain/clock.js";
import { createWebexApi } from "../../bot/webex/api.js";
import { WebexApiError } from "../../bot/webex/errors.js";
import { createOutbox, type OutboxOptions } from "../../bot/outbox.js";
import type { Sandbox } from "../../bot/sandbox/index.js";
import { ANA, botPosts, movableClock, sleepOn, startTestSandbox, sweepFor, type MovableClock } from "../scheduler/harness.js";

const T0 = "2026-11-23T07:00:00.000Z";
const MINUTE = 60_000;
const OUTAGE = { status: 503 as const, method: "POST", path: /\/messages/ };

describe("outbox through a Webex outage", () => {
  let env: { sandbox: Sandbox; token: string };
  const file = createTestSqlite();
  let store: Store;
  let clock: MovableClock;
  const outboxWith = (over: Partial<OutboxOptions> = {}, on: Clock = clock) => createOutbox({
    db: store.db, api: createWebexApi(`${env.sandbox.url}/v1`, env.token), clock: on, log: pino({ level: "silent" }),
    spoolDir: mkdtempSync(path.join(tmpdir(), "outbox-")), maxAttempts: 3, backoffMs: 1000, sleep: sleepOn(clock), ...over,
  });
  const room = () => env.sandbox.createGroupRoom(`Outage ${Math.random()}`, [ANA]).id;
  const rowOf = (roomId: string, text?: string) =>
    store.db.outboxMessage.findFirstOrThrow({ where: { roomId, ...(text ? { payload: { contains: text } } : {}) } });
  // Every POST /messages since `since` (a sandbox per test, so all of them are this test's).
  const messagePosts = (since: number) =>
    env.sandbox.requests().slice(since).filter((r) => r.method === "POST" && r.path.endsWith("/messages")).map((r) => r.status);

  beforeAll(async () => { store = await openStore(file.url); });
  afterAll(async () => {
    await store.close();
    file.remove();
  });
  // A sandbox per test: an outage a test leaves unfinished must not reach the next one.
  beforeEach(async () => {
    env = await startTestSandbox();
    clock = movableClock(T0);
  });
  afterEach(async () => { await env.sandbox.close(); });

  it("parks a message Webex refuses for longer than the immediate attempts, and delivers it once after the outage", async () => {
    const roomId = room();
    const before = env.sandbox.requests().length;
    env.sandbox.failNext(5, OUTAGE);
    const outbox = outboxWith();
    const deferred = await outbox.send({ roomId, text: "during the outage" });
    if (deferred.kind !== "queued") throw new Error(`expected queued, got ${deferred.kind}`);
    const { nextAttemptAt, giveUpAt } = deferred;
    let row = await rowOf(roomId);
    expect([row.status, row.attempts]).toEqual(["pending", 3]);
    expect(row.lastError).toContain("503");
    expect(new Date(row.nextAttemptAt)).toEqual(nextAttemptAt);
    expect(nextAttemptAt.getTime() - clock.now().getTime()).toBe(30_000);
    expect(giveUpAt.toISOString()).toBe("2026-11-24T07:00:00.000Z");

    expect(await outbox.retryDue(), "not due yet").toBe(0);
    clock.set(nextAttemptAt);
    expect(await outbox.retryDue()).toBe(1);
    await outbox.drain();
    row = await rowOf(roomId);
    expect([row.status, row.attempts]).toEqual(["pending", 4]);
    expect(new Date(row.nextAttemptAt).getTime() - clock.now().getTime(), "parked twice as long").toBe(60_000);

    await sweepFor(outbox, clock, 10 * MINUTE);
    expect(botPosts(env.sandbox, roomId).map((m) => m.text)).toEqual(["during the outage"]);
    expect(messagePosts(before)).toEqual([503, 503, 503, 503, 503, 200]);
    row = await rowOf(roomId);
    expect([row.status, row.lastError]).toEqual(["sent", null]);
    await sweepFor(outboxWith(), clock, 10 * MINUTE);
    expect(botPosts(env.sandbox, roomId)).toHaveLength(1);
  });

  it("keeps a space's messages in order when Webex comes back", async () => {
    const roomId = room();
    env.sandbox.failNext(5, OUTAGE);
    const outbox = outboxWith();
    await expect(outbox.send({ roomId, text: "first" })).resolves.toMatchObject({ kind: "queued" });
    // Still down: the second is parked after one try, and parked for less time than the first.
    await expect(outbox.send({ roomId, text: "second" })).resolves.toMatchObject({ kind: "queued" });
    const [first, second] = [await rowOf(roomId, "first"), await rowOf(roomId, "second")];
    expect(new Date(second.nextAttemptAt).getTime()).toBeLessThan(new Date(first.nextAttemptAt).getTime());
    clock.set(second.nextAttemptAt);
    await outbox.retryDue();
    await outbox.drain();
    expect(botPosts(env.sandbox, roomId).map((m) => m.text)).toEqual(["first", "second"]);
  });

  it("gives a message up once it is still refused after the delivery deadline, and says so", async () => {
    const roomId = room();
    env.sandbox.failNext(10_000, OUTAGE);
    const outbox = outboxWith({ deliveryDeadlineMs: 10 * MINUTE });
    await expect(outbox.send({ roomId, text: "never arrives" })).resolves.toMatchObject({ kind: "queued" });
    await sweepFor(outbox, clock, 9 * MINUTE);
    expect((await rowOf(roomId)).status, "still trying before the deadline").toBe("pending");
    await sweepFor(outbox, clock, 2 * MINUTE);
    const row = await rowOf(roomId);
    expect(row.status).toBe("dead");
    expect(row.lastError).toMatch(/^gave up: still undeliverable 10 min after it was queued \(deadline 2026-11-23T07:10:00\.000Z\); last error: Webex answered 503 to \/messages/);
    clock.advance(60 * MINUTE);
    expect(await outbox.retryDue()).toBe(0);
    expect(botPosts(env.sandbox, roomId)).toHaveLength(0);
  });

  it("gives a message up at once when Webex refuses it for good (4xx)", async () => {
    const roomId = env.sandbox.createGroupRoom(`Without the bot ${Math.random()}`, [ANA], { withBot: false }).id;
    const before = env.sandbox.requests().length;
    const outbox = outboxWith();
    const result = await outbox.send({ roomId, text: "nowhere to go" });
    expect(result.kind).toBe("dead");
    const error = result.kind === "dead" ? result.error : undefined;
    expect(error).toBeInstanceOf(WebexApiError);
    expect((error as WebexApiError).status).toBe(404);
    const row = await rowOf(roomId);
    expect([row.status, row.attempts]).toEqual(["dead", 1]);
    expect(row.lastError).toContain("404");
    await sweepFor(outbox, clock, 30 * MINUTE);
    expect(messagePosts(before)).toEqual([404]);
  });

  it("retries parked messages on its own once started", async () => {
    const roomId = room();
    env.sandbox.failNext(3, OUTAGE);
    const outbox = outboxWith({ parkedDelayMs: 50, sweepMs: 20, sleep: undefined, backoffMs: 5 }, systemClock);
    await expect(outbox.send({ roomId, text: "swept" })).resolves.toMatchObject({ kind: "queued" });
    outbox.start();
    try {
      await env.sandbox.waitForBotMessage(roomId, undefined, 5_000);
    } finally {
      await outbox.stop();
    }
    await outbox.drain();
    expect(botPosts(env.sandbox, roomId).map((m) => m.text)).toEqual(["swept"]);
  });
});
