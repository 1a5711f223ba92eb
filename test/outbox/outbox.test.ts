// The outbox against the sandbox over HTTP and a real SQLite file: it waits out Retry-After,
// sends a dedupe key once, and a message left pending by a dead process is sent by the next one.
// What it does through a longer Webex outage is in parking.test.ts.
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestSqlite } from "../support/sqlite.js";
import { openStore, type Store } from "../../domain/store/client.js";
import { systemClock } from "../../domain/clock.js";
import { createWebexApi } from "../../bot/webex/api.js";
import { createOutbox, type OutboxOptions } from "../../bot/outbox.js";
import type { Sandbox } from "../../bot/sandbox/index.js";
import { botPosts, startTestSandbox } from "../scheduler/harness.js";

describe("outbox", () => {
  let env: { sandbox: Sandbox; token: string };
  const file = createTestSqlite();
  let store: Store;
  const outboxWith = (over: Partial<OutboxOptions> = {}) => createOutbox({
    db: store.db, api: createWebexApi(`${env.sandbox.url}/v1`, env.token), clock: systemClock, log: pino({ level: "silent" }),
    spoolDir: mkdtempSync(path.join(tmpdir(), "outbox-")), backoffMs: 10, ...over,
  });
  const room = () => env.sandbox.createGroupRoom(`Outbox ${Math.random()}`, ["ana.silva@partner.example"]).id;

  beforeAll(async () => {
    env = await startTestSandbox();
    store = await openStore(file.url);
  });
  afterAll(async () => {
    await store.close();
    await env.sandbox.close();
    file.remove();
  });

  it("waits out Retry-After after a 429 and then delivers the message once", async () => {
    const roomId = room();
    const before = env.sandbox.requests().length;
    env.sandbox.failNext(2, { status: 429, retryAfterSeconds: 1, method: "POST", path: /\/messages/ });
    const posted = await outboxWith().send({ roomId, text: "after the pause", file: { name: "a.csv", contentType: "text/csv", content: Buffer.from("x,y\n1,2\n") } });
    expect(posted.kind === "sent" && posted.posted.roomId).toBe(roomId);
    const attempts = env.sandbox.requests().slice(before).filter((r) => r.method === "POST" && r.path.endsWith("/messages"));
    expect(attempts.map((r) => r.status)).toEqual([429, 429, 200]);
    expect(Date.parse(attempts[2]!.at) - Date.parse(attempts[1]!.at)).toBeGreaterThanOrEqual(950);
    const delivered = botPosts(env.sandbox, roomId);
    expect(delivered.map((m) => m.text)).toEqual(["after the pause"]);
    expect(env.sandbox.fileContent(delivered[0]!)?.content.toString()).toBe("x,y\n1,2\n");
  });

  it("posts a file from disk, streamed, with its bytes intact, and keeps no copy once sent", async () => {
    const roomId = room();
    const source = path.join(mkdtempSync(path.join(tmpdir(), "report-")), "Subscription details_abc_2026-11-23.csv");
    const content = `\ufeffCustomer Name,Org\n${"\"Ñandú, S.A.\",1\n".repeat(20_000)}`;
    writeFileSync(source, content);
    const spoolDir = mkdtempSync(path.join(tmpdir(), "outbox-"));
    await outboxWith({ spoolDir }).send({ roomId, text: "report", file: { name: "Subscription details_abc_2026-11-23.csv", contentType: "text/csv", path: source } });
    const [delivered] = botPosts(env.sandbox, roomId);
    const received = env.sandbox.fileContent(delivered!);
    expect(received?.name).toBe("Subscription details_abc_2026-11-23.csv");
    expect(received?.content.toString("utf8")).toBe(content);
    expect(existsSync(source), "the report file was moved into the spool").toBe(false);
    const row = await store.db.outboxMessage.findFirstOrThrow({ where: { roomId } });
    expect(row.status).toBe("sent");
    expect(existsSync(row.filePath!), "the spooled file is removed once sent").toBe(false);
  });

  it("accepts a dedupe key once, ever", async () => {
    const roomId = room();
    const outbox = outboxWith();
    expect(await outbox.send({ roomId, text: "once" }, { dedupeKey: `k:${roomId}` })).toMatchObject({ kind: "sent" });
    expect(await outbox.send({ roomId, text: "once" }, { dedupeKey: `k:${roomId}` })).toMatchObject({ kind: "duplicate", status: "sent" });
    expect(await outboxWith().send({ roomId, text: "once" }, { dedupeKey: `k:${roomId}` })).toMatchObject({ kind: "duplicate", status: "sent" });
    expect(botPosts(env.sandbox, roomId)).toHaveLength(1);
  });

  it("sends, once, a message that a process which died during a 429 pause left pending", async () => {
    const roomId = room();
    env.sandbox.failNext(1, { status: 429, retryAfterSeconds: 1, method: "POST", path: /\/messages/ });
    // This instance never wakes from its pause: as good as killed.
    void outboxWith({ sleep: () => new Promise<void>(() => undefined) }).send({ roomId, text: "left behind" });
    for (let i = 0; i < 200 && !(await store.db.outboxMessage.findFirst({ where: { roomId, attempts: 1, status: "pending" } })); i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const next = outboxWith();
    await next.resume();
    await next.drain();
    expect(botPosts(env.sandbox, roomId).map((m) => m.text)).toEqual(["left behind"]);
  });
});
