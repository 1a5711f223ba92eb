// Acknowledging: a webhook's 200 waits only for this one INSERT, flushed to disk. ON CONFLICT DO
// NOTHING is the replay check. The bot gives it a writer of its own (a URL here): on PostgreSQL
// a small pool, so a 200 never queues behind the connections busy handling events; on SQLite a
// thread, so its fsync never blocks the event loop, and an event that finds the database locked
// by an import is kept in a journal instead of refused (bot/inbox/ackThread.ts).
import { createDriver, type Driver } from "../../domain/store/driver.js";
import { engineOf, sqlitePath, storedValue } from "../../domain/store/engine.js";
import { createAckThread } from "./ackThread.js";
import type { Logger } from "../log.js";
import type { WebhookEnvelope } from "../webex/envelope.js";

export interface InboxWriter {
  /** true: stored now; false: the same event was stored before. */
  insert(envelope: WebhookEnvelope): Promise<boolean>;
  close(): Promise<void>;
}

const INSERT = `INSERT INTO inbox (resource, event, data_id, room_id, envelope, status, attempts, next_attempt_at, received_at)
  VALUES (?, ?, ?, ?, ?, 'pending', 0, ?, ?) ON CONFLICT DO NOTHING`;

/**
 * `target`: a driver to write through, or a DATABASE_URL for a writer of its own, closed with it
 * (PostgreSQL: a small pool; SQLite: a thread, bot/inbox/ackThread.ts).
 */
export function createInboxWriter(target: Driver | string, log?: Logger): InboxWriter {
  const bound = (envelope: WebhookEnvelope): unknown[] => {
    const now = new Date();
    const roomId = typeof envelope.data.roomId === "string" ? envelope.data.roomId : null;
    return [envelope.resource, envelope.event, envelope.data.id, roomId, JSON.stringify(envelope), now, now];
  };
  if (typeof target === "string" && engineOf(target) === "sqlite") {
    const thread = createAckThread(sqlitePath(target), { log });
    return {
      insert: (envelope) => thread.insert(INSERT, bound(envelope).map((value) => storedValue(value, "sqlite"))),
      close: () => thread.close(),
    };
  }
  const owned = typeof target === "string";
  const driver = typeof target === "string" ? createDriver(target, { max: 4 }) : target;
  return {
    async insert(envelope) {
      return (await driver.run(INSERT, bound(envelope), { durable: true })) === 1;
    },
    async close() {
      if (owned) await driver.close();
    },
  };
}
