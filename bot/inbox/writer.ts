// Acknowledging: a webhook's 200 waits only for this one INSERT. ON CONFLICT DO NOTHING is the
// replay check. On PostgreSQL the bot gives it a small pool of its own (a URL here), so a 200
// never queues behind the connections busy handling events; on SQLite it shares the store's one
// driver connection (domain/store/driver.ts): a second connection would only contend for the
// write lock, and a statement there never waits behind another (each runs to completion).
import { createDriver, type Driver } from "../../domain/store/driver.js";
import type { WebhookEnvelope } from "../webex/envelope.js";

export interface InboxWriter {
  /** true: stored now; false: the same event was stored before. */
  insert(envelope: WebhookEnvelope): Promise<boolean>;
  close(): Promise<void>;
}

const INSERT = `INSERT INTO inbox (resource, event, data_id, room_id, envelope, status, attempts, next_attempt_at, received_at)
  VALUES (?, ?, ?, ?, ?, 'pending', 0, ?, ?) ON CONFLICT DO NOTHING`;

/** `target`: a driver to write through, or a DATABASE_URL for a connection of the writer's own (closed with it). */
export function createInboxWriter(target: Driver | string): InboxWriter {
  const owned = typeof target === "string";
  const driver = owned ? createDriver(target, { max: 4 }) : target;
  return {
    async insert(envelope) {
      const now = new Date();
      const roomId = typeof envelope.data.roomId === "string" ? envelope.data.roomId : null;
      const changed = await driver.run(INSERT, [envelope.resource, envelope.event, envelope.data.id, roomId, JSON.stringify(envelope), now, now]);
      return changed === 1;
    },
    async close() {
      if (owned) await driver.close();
    },
  };
}
