// The inbox table: a verified event is written once (unique on resource + data id + event), then
// claimed with a lease by one worker of one instance, and finished, parked or given up. Times are
// wall-clock (not the injected domain clock): a lease is about real processes dying.
import type { Db } from "../../domain/store/client.js";
import type { Engine } from "../../domain/store/engine.js";
import type { WebhookEnvelope } from "../webex/envelope.js";
import { driverOf } from "../../domain/store/driver.js";
import { toDate } from "../../domain/analytics/values.js";
import { createInboxWriter, type InboxWriter } from "./writer.js";

export interface InboxRow { id: number; envelope: WebhookEnvelope; attempts: number; receivedAt: Date }

export interface InboxStore {
  /** "stored" the first time, "duplicate" for a replay or a second delivery of the same event. */
  accept(envelope: WebhookEnvelope): Promise<"stored" | "duplicate">;
  /** Up to `limit` due rows nobody holds, now leased to `instanceId` until `leaseMs` from now. */
  claim(instanceId: string, limit: number, leaseMs: number): Promise<InboxRow[]>;
  /** Extends the lease of rows this instance still works on. */
  renew(instanceId: string, ids: number[], leaseMs: number): Promise<void>;
  finish(id: number, note?: string): Promise<void>;
  /** Back to pending, due again at `retryAt`, with the reason it waits. */
  park(id: number, reason: string, retryAt: Date): Promise<void>;
  giveUp(id: number, reason: string): Promise<void>;
  /** Rows this instance holds go back to whoever claims next (a clean stop). */
  release(instanceId: string): Promise<void>;
  /** Finished and given-up rows received before `before` are deleted; resolves with how many. */
  prune(before: Date): Promise<number>;
  /** Pending rows due now (held or not): what `idle` waits for. */
  due(): Promise<number>;
  close(): Promise<void>;
}

// Claims, completions and parks are the per-event path: they go through the driver's cached
// statements (domain/store/driver.ts). One statement claims: PostgreSQL skips rows another
// instance is claiming (SKIP LOCKED), so concurrent instances take different rows instead of
// waiting on each other; SQLite is one process and one connection, so the statement alone is atomic.
const claimSql = (engine: Engine) => `UPDATE inbox SET claimed_by = ?, lease_until = ?, attempts = attempts + 1
  WHERE id IN (SELECT id FROM inbox
                WHERE status = 'pending' AND next_attempt_at <= ? AND (lease_until IS NULL OR lease_until < ?)
                ORDER BY id LIMIT ?${engine === "postgres" ? " FOR UPDATE SKIP LOCKED" : ""})
  RETURNING id, envelope, attempts, received_at`;

const FINISH = "UPDATE inbox SET status = ?, done_at = ?, lease_until = NULL, parked_reason = ? WHERE id = ?";
const PARK = "UPDATE inbox SET lease_until = NULL, claimed_by = NULL, next_attempt_at = ?, parked_reason = ? WHERE id = ?";

/** `writer`: a connection of the inbox's own for accept (bot/inbox/writer.ts); without it, the store's driver. */
export function createInboxStore(db: Db, engine: Engine, writer?: InboxWriter): InboxStore {
  const driver = driverOf(db);
  const accepting = writer ?? createInboxWriter(driver);
  const claimStatement = claimSql(engine);

  return {
    async accept(envelope) {
      return (await accepting.insert(envelope)) ? "stored" : "duplicate";
    },
    async claim(instanceId, limit, leaseMs) {
      if (limit <= 0) return [];
      const now = new Date();
      const rows = await driver.all<{ id: number | bigint; envelope: string; attempts: number; received_at: unknown }>(
        claimStatement, [instanceId, new Date(now.getTime() + leaseMs), now, now, limit],
      );
      return rows
        .map((row) => ({ id: Number(row.id), envelope: JSON.parse(row.envelope) as WebhookEnvelope, attempts: Number(row.attempts), receivedAt: toDate(row.received_at) }))
        .sort((a, b) => a.id - b.id);
    },
    async renew(instanceId, ids, leaseMs) {
      if (ids.length === 0) return;
      await db.inboxEvent.updateMany({ where: { id: { in: ids }, claimedBy: instanceId, status: "pending" }, data: { leaseUntil: new Date(Date.now() + leaseMs) } });
    },
    async finish(id, note) {
      await driver.run(FINISH, ["done", new Date(), note ?? null, id]);
    },
    async park(id, reason, retryAt) {
      await driver.run(PARK, [retryAt, reason, id]);
    },
    async giveUp(id, reason) {
      await driver.run(FINISH, ["dead", new Date(), reason, id]);
    },
    async release(instanceId) {
      await db.inboxEvent.updateMany({ where: { claimedBy: instanceId, status: "pending" }, data: { leaseUntil: null, claimedBy: null } });
    },
    async prune(before) {
      const { count } = await db.inboxEvent.deleteMany({ where: { status: { in: ["done", "dead"] }, receivedAt: { lt: before } } });
      return count;
    },
    async due() {
      return db.inboxEvent.count({ where: { status: "pending", nextAttemptAt: { lte: new Date() } } });
    },
    async close() {
      await writer?.close();
    },
  };
}
