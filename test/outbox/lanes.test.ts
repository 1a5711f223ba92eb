// Lanes, not a line, against the sandbox over HTTP and real stores: a space whose POST never
// answers holds its own lane only (the others are answered meanwhile, and it is delivered once
// Webex answers again); a 429 in one space pauses every space for its Retry-After, then all is
// delivered once; two instances sending from one PostgreSQL outbox never post a row twice.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshStore } from "../support/engines.js";
import { systemClock } from "../../domain/clock.js";
import type { Store } from "../../domain/store/client.js";
import { createWebexApi } from "../../bot/webex/api.js";
import { createOutbox, type OutboxOptions, type SendResult } from "../../bot/outbox.js";
import type { Sandbox } from "../../bot/sandbox/index.js";
import { ANA, botPosts, startTestSandbox } from "../scheduler/harness.js";

async function until(probe: () => Promise<boolean> | boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error("condition not reached in time");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("outbox lanes", () => {
  let env: { sandbox: Sandbox; token: string };
  let database: Awaited<ReturnType<typeof freshStore>>;
  const outboxOn = (store: Store, over: Partial<OutboxOptions> = {}, sendTimeoutMs = 30_000) => createOutbox({
    db: store.db, api: createWebexApi(`${env.sandbox.url}/v1`, env.token, fetch, { sendTimeoutMs }), clock: systemClock,
    log: pino({ level: "silent" }), spoolDir: mkdtempSync(path.join(tmpdir(), "outbox-")), backoffMs: 10, ...over,
  });
  const room = () => env.sandbox.createGroupRoom(`Lane ${Math.random()}`, [ANA]).id;

  beforeAll(async () => {
    env = await startTestSandbox();
    database = await freshStore("sqlite");
  });
  afterAll(async () => {
    await database?.dispose();
    await env?.sandbox.close();
  });

  it("answers other spaces while one space's POST hangs, and delivers the hung one once Webex answers", async () => {
    const stuck = room();
    const others = [room(), room(), room(), room()];
    // One hung POST: the abandoned request stays held (Webex never answers it), the retry gets through.
    env.sandbox.faults.add({ method: "POST", path: "/messages", roomId: stuck, fault: "hang", times: 1 });
    const outbox = outboxOn(database.store, { maxAttempts: 1, parkedDelayMs: 10 }, 3_000);
    let stuckSettled: SendResult | undefined;
    const stuckResult = outbox.send({ roomId: stuck, text: "held by Webex" }).then((result) => (stuckSettled = result));
    await until(async () => (await database.store.db.outboxMessage.findFirst({ where: { roomId: stuck, status: "sending" } })) !== null);

    const answers = await Promise.all(others.map((roomId) => outbox.send({ roomId, text: `answer in ${roomId}` })));
    expect(answers.map((a) => a.kind)).toEqual(["sent", "sent", "sent", "sent"]);
    for (const roomId of others) expect(botPosts(env.sandbox, roomId).map((m) => m.text)).toEqual([`answer in ${roomId}`]);
    expect(stuckSettled, "the hung space is still waiting while the others were answered").toBeUndefined();

    // The hung post times out and is kept, with the reason, for the sweep.
    const parked = await stuckResult;
    expect(parked).toMatchObject({ kind: "queued", reason: "Webex answered 0 to /messages: no answer within 3 s" });
    await until(async () => (await outbox.retryDue()) > 0);
    await outbox.drain();
    expect(botPosts(env.sandbox, stuck).map((m) => m.text)).toEqual(["held by Webex"]);
  });

  it("pauses every space for a 429's Retry-After, then delivers everything once", async () => {
    const first = room();
    const rest = [room(), room(), room()];
    env.sandbox.faults.add({ method: "POST", path: "/messages", roomId: first, fault: "status", status: 429, retryAfter: 2, times: 1 });
    const before = env.sandbox.requests().length;
    const outbox = outboxOn(database.store);
    const firstResult = outbox.send({ roomId: first, text: "told to wait" });
    // Once the outbox has recorded the refusal, it has also paused every lane.
    await until(async () => (await database.store.db.outboxMessage.findFirst({ where: { roomId: first, lastError: { contains: "429" } } })) !== null);
    const results = await Promise.all([firstResult, ...rest.map((roomId) => outbox.send({ roomId, text: `after the pause in ${roomId}` }))]);
    expect(results.map((r) => r.kind)).toEqual(["sent", "sent", "sent", "sent"]);
    expect(botPosts(env.sandbox, first).map((m) => m.text)).toEqual(["told to wait"]);
    for (const roomId of rest) expect(botPosts(env.sandbox, roomId).map((m) => m.text)).toEqual([`after the pause in ${roomId}`]);
    const posts = env.sandbox.requests().slice(before).filter((r) => r.method === "POST" && r.path.endsWith("/messages"));
    const refusedAt = Date.parse(posts.find((r) => r.status === 429)!.at);
    const afterRefusal = posts.filter((r) => r.status !== 429);
    expect(afterRefusal).toHaveLength(4);
    // Honouring Retry-After is the contract: no space posted again before it ran out.
    for (const post of afterRefusal) expect(Date.parse(post.at) - refusedAt).toBeGreaterThanOrEqual(1_950);
  });
});

describe("two instances sending from one PostgreSQL outbox", () => {
  let env: { sandbox: Sandbox; token: string };
  let database: Awaited<ReturnType<typeof freshStore>>;

  beforeAll(async () => {
    env = await startTestSandbox();
    database = await freshStore("postgres");
  });
  afterAll(async () => {
    await database?.dispose();
    await env?.sandbox.close();
  });

  it("posts every row once when both resume the same backlog and keep sending", async () => {
    const rooms = Array.from({ length: 6 }, (_, i) => env.sandbox.createGroupRoom(`Shared ${i}`, [ANA]).id);
    // A backlog a dead instance left, due now: both survivors reach for every row of it.
    const past = new Date(Date.now() - 60_000);
    await database.store.db.outboxMessage.createMany({
      data: rooms.flatMap((roomId) => Array.from({ length: 8 }, (_, i) => ({ roomId, payload: JSON.stringify({ roomId, text: `backlog ${i}` }), createdAt: past, nextAttemptAt: past }))),
    });
    const instances = ["a", "b"].map(() => createOutbox({
      db: database.store.db, api: createWebexApi(`${env.sandbox.url}/v1`, env.token), clock: systemClock, log: pino({ level: "silent" }),
      spoolDir: mkdtempSync(path.join(tmpdir(), "outbox-")), lanes: 4,
    }));
    await Promise.all(instances.map((outbox) => outbox.resume()));
    const fresh = await Promise.all(rooms.flatMap((roomId) => instances.map((outbox, i) => outbox.send({ roomId, text: `fresh from ${i}` }))));
    await Promise.all(instances.map((outbox) => outbox.drain()));
    expect(fresh.every((result) => result.kind === "sent" || (result.kind === "duplicate" && result.status === "sent"))).toBe(true);
    for (const roomId of rooms) {
      const texts = botPosts(env.sandbox, roomId).map((m) => m.text).sort();
      expect(texts).toEqual([...Array.from({ length: 8 }, (_, i) => `backlog ${i}`), "fresh from 0", "fresh from 1"].sort());
    }
    const statuses = await database.store.db.outboxMessage.groupBy({ by: ["status"], _count: { _all: true } });
    expect(statuses.map((s) => [s.status, s._count._all])).toEqual([["sent", 60]]);
  });
});
