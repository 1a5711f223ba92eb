// While another process holds SQLite's write lock (an import's landing in its worker), the
// bot's own writes wait for it without stopping the event loop: timers and requests keep being
// served, and the writes land once the lock is released.
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "../../domain/store/client.js";
import { sqlitePath } from "../../domain/store/engine.js";
import { createTestSqlite, type TestSqlite } from "../support/sqlite.js";

/** Lets the event loop go round `turns` times (timers included); false if it never could. */
async function eventLoopTurns(turns: number): Promise<number> {
  let done = 0;
  for (let i = 0; i < turns; i++) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    done++;
  }
  return done;
}

describe("the bot's SQLite writes while another process holds the write lock", () => {
  let file: TestSqlite;
  let store: Store;
  let other: Database.Database;
  beforeAll(async () => {
    file = createTestSqlite();
    store = await openStore(file.url);
    other = new Database(sqlitePath(file.url));
  });
  afterAll(async () => {
    other.close();
    await store.close();
    file.remove();
  });

  it("waits for the lock between turns of the event loop, then writes", async () => {
    other.exec("BEGIN IMMEDIATE");
    let written = false;
    const write = store.db.auditLog.create({ data: { at: new Date(), actor: "ana@partner.example", action: "test", target: "lock" } }).then(() => { written = true; });
    // The event loop keeps turning while the write waits.
    expect(await eventLoopTurns(20)).toBe(20);
    expect(written).toBe(false);
    other.exec("COMMIT");
    await write;
    expect(written).toBe(true);
    expect(await store.db.auditLog.count({ where: { target: "lock" } })).toBe(1);
  });

  it("begins a transaction only once the lock is free, and the transaction lands whole", async () => {
    other.exec("BEGIN IMMEDIATE");
    let committed = false;
    const transaction = store.db.$transaction(async (tx) => {
      await tx.auditLog.create({ data: { at: new Date(), actor: "ana@partner.example", action: "test", target: "tx" } });
      await tx.auditLog.create({ data: { at: new Date(), actor: "ana@partner.example", action: "test", target: "tx" } });
    }).then(() => { committed = true; });
    expect(await eventLoopTurns(20)).toBe(20);
    expect(committed).toBe(false);
    other.exec("ROLLBACK");
    await transaction;
    expect(await store.db.auditLog.count({ where: { target: "tx" } })).toBe(2);
  });
});
