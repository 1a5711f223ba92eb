// SQLite has one writer: while an import lands a large file, the inbox's INSERT cannot run. Nothing
// promises that Webex delivers an event again after a refusal, so a 503 then could lose a command. The event
// is acknowledged from a journal beside the database instead, and answered once the lock is free,
// even when the bot was stopped before it could move the journal.
import Database from "better-sqlite3";
import { existsSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sparkSignature } from "../../bot/sandbox/index.js";
import { createAckThread, journalOf } from "../../bot/inbox/ackThread.js";
import { sqlitePath } from "../../domain/store/engine.js";
import { freshStore } from "../support/engines.js";
import { startTestRun, type TestRun } from "../support/local.js";

const SECRET = "an-inbox-journal-secret";
const ANA = "ana.silva@partner.example";
const INSERT = `INSERT INTO inbox (resource, event, data_id, room_id, envelope, status, attempts, next_attempt_at, received_at)
  VALUES (?, ?, ?, ?, ?, 'pending', 0, ?, ?) ON CONFLICT DO NOTHING`;

/** Takes SQLite's write lock the way an import's landing transaction does, until released. */
function holdWriteLock(file: string): { release(): void } {
  const holder = new Database(file);
  holder.exec("BEGIN IMMEDIATE");
  return { release: () => { holder.exec("ROLLBACK"); holder.close(); } };
}

describe("events that arrive while SQLite is locked by an import", () => {
  let run: TestRun;
  beforeAll(async () => {
    run = await startTestRun({ engine: "sqlite", webhookSecret: SECRET, demoCustomers: 5, inbox: { pollMs: 50 } });
  });
  afterAll(async () => { await run?.dispose(); });

  it("are acknowledged 200, not refused, and answered once when the lock is free", async () => {
    const room = run.sandbox.rooms().find((r) => r.type === "group")!;
    // Without a mention the sandbox does not deliver it: the test posts the signed envelope itself.
    const message = await run.sandbox.say({ roomId: room.id, personEmail: ANA, text: "help" });
    const body = JSON.stringify({ id: "WH1", name: "Partner Hub bot: messages", resource: "messages", event: "created", actorId: message.personId, data: { id: message.id, roomId: room.id, personEmail: ANA } });
    const deliver = () => fetch(`http://127.0.0.1:${run.bot.port}/webhook`, {
      method: "POST", headers: { "content-type": "application/json", "x-spark-signature": sparkSignature(SECRET, body) }, body,
    });
    const botAnswers = () => run.sandbox.messages(room.id).filter((m) => m.personEmail === run.sandbox.bot.email).length;
    const before = botAnswers();
    const file = sqlitePath(run.store.url!);
    const lock = holdWriteLock(file);
    try {
      expect((await deliver()).status).toBe(200);
      // Webex delivering it again while the lock is held: still one answer in the end.
      expect((await deliver()).status).toBe(200);
      expect(readFileSync(journalOf(file), "utf8").trim().split("\n")).toHaveLength(2);
      expect(botAnswers()).toBe(before);
    } finally {
      lock.release();
    }
    await run.sandbox.waitForBotMessage(room.id, undefined, 15_000).catch(() => undefined);
    await run.bot.idle();
    expect(botAnswers()).toBe(before + 1);
    expect(await run.store.db.inboxEvent.count({ where: { dataId: message.id } })).toBe(1);
    expect(readFileSync(journalOf(file), "utf8")).toBe("");
  });
});

describe("the inbox journal after a stop", () => {
  it("is moved into the inbox at the next start", async () => {
    const database = await freshStore("sqlite");
    const file = sqlitePath(database.url);
    const now = new Date().toISOString().replace("Z", "+00:00");
    const row = ["messages", "created", "MSG-journal", "ROOM-1", "{}", now, now];
    try {
      const lock = holdWriteLock(file);
      const first = createAckThread(file, { spillAfterMs: 50 });
      try {
        expect(await first.insert(INSERT, row)).toBe(true);
      } finally {
        await first.close();
        lock.release();
      }
      expect(existsSync(journalOf(file))).toBe(true);
      expect(await database.store.db.inboxEvent.count()).toBe(0);

      const second = createAckThread(file, { moveEveryMs: 20 });
      try {
        for (let tries = 0; tries < 200 && (await database.store.db.inboxEvent.count()) === 0; tries++) await new Promise((resolve) => setTimeout(resolve, 25));
        expect(await database.store.db.inboxEvent.findMany({ select: { dataId: true, status: true } })).toEqual([{ dataId: "MSG-journal", status: "pending" }]);
        expect(readFileSync(journalOf(file), "utf8")).toBe("");
      } finally {
        await second.close();
      }
    } finally {
      await database.dispose();
    }
  });
});
