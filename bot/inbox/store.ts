// The inbox table: a verified event is written once (unique on resource + data id + event), then
// claimed with a lease by one worker of one instance, and finished, parked or given up. Times are
// wall-clock (not the injected domain clock): a lease is about real processes dying.
import type { Db } from "../../domain/store/client.js";
import type { Engine } from "../../domain/store/engine.js";
import type { WebhookEnvelope } from "../webex/envelope.js";
import type { InboxWriter } from "./writer.js";

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

const isUniqueViolation = (error: unknown): boolean => (error as { code?: string })?.code === "P2002";

/** `writer`: a connection of the inbox's own for accept (bot/inbox/writer.ts); without it, Prisma's. */
export function createInboxStore(db: Db, engine: Engine, writer?: InboxWriter): InboxStore {
  const claimPostgres = async (instanceId: string, limit: number, leaseMs: number): Promise<Array<{ id: number }>> => {
    const now = new Date();
    // SKIP LOCKED: concurrent instances each take different rows instead of waiting on each other.
    return db.$queryRawUnsafe<Array<{ id: number }>>(
      `UPDATE inbox SET claimed_by = $1, lease_until = $2::timestamp, attempts = attempts + 1
        WHERE id IN (SELECT id FROM inbox
                      WHERE status = 'pending' AND next_attempt_at <= $3::timestamp AND (lease_until IS NULL OR lease_until < $3::timestamp)
                      ORDER BY id LIMIT $4 FOR UPDATE SKIP LOCKED)
        RETURNING id`,
      instanceId, new Date(now.getTime() + leaseMs).toISOString(), now.toISOString(), limit,
    );
  };
  const claimSqlite = async (instanceId: string, limit: number, leaseMs: number): Promise<Array<{ id: number }>> => {
    // One process per SQLite file: a guarded update per row is enough (and stays correct if not).
    const now = new Date();
    const free = { status: "pending", nextAttemptAt: { lte: now }, OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] };
    const candidates = await db.inboxEvent.findMany({ where: free, orderBy: { id: "asc" }, take: limit, select: { id: true } });
    const claimed: Array<{ id: number }> = [];
    for (const { id } of candidates) {
      const { count } = await db.inboxEvent.updateMany({
        where: { id, ...free },
        data: { claimedBy: instanceId, leaseUntil: new Date(now.getTime() + leaseMs), attempts: { increment: 1 } },
      });
      if (count === 1) claimed.push({ id });
    }
    return claimed;
  };

  return {
    async accept(envelope) {
      if (writer) return (await writer.insert(envelope)) ? "stored" : "duplicate";
      try {
        const now = new Date();
        await db.inboxEvent.create({
          data: {
            resource: envelope.resource, event: envelope.event, dataId: envelope.data.id,
            roomId: typeof envelope.data.roomId === "string" ? envelope.data.roomId : null,
            envelope: JSON.stringify(envelope), receivedAt: now, nextAttemptAt: now,
          },
        });
        return "stored";
      } catch (error) {
        if (isUniqueViolation(error)) return "duplicate";
        throw error;
      }
    },
    async claim(instanceId, limit, leaseMs) {
      if (limit <= 0) return [];
      const ids = (engine === "postgres" ? await claimPostgres(instanceId, limit, leaseMs) : await claimSqlite(instanceId, limit, leaseMs)).map((r) => Number(r.id));
      if (ids.length === 0) return [];
      const rows = await db.inboxEvent.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } });
      return rows.map((row) => ({ id: row.id, envelope: JSON.parse(row.envelope) as WebhookEnvelope, attempts: row.attempts, receivedAt: row.receivedAt }));
    },
    async renew(instanceId, ids, leaseMs) {
      if (ids.length === 0) return;
      await db.inboxEvent.updateMany({ where: { id: { in: ids }, claimedBy: instanceId, status: "pending" }, data: { leaseUntil: new Date(Date.now() + leaseMs) } });
    },
    async finish(id, note) {
      await db.inboxEvent.update({ where: { id }, data: { status: "done", doneAt: new Date(), leaseUntil: null, parkedReason: note ?? null } });
    },
    async park(id, reason, retryAt) {
      await db.inboxEvent.update({ where: { id }, data: { leaseUntil: null, claimedBy: null, nextAttemptAt: retryAt, parkedReason: reason } });
    },
    async giveUp(id, reason) {
      await db.inboxEvent.update({ where: { id }, data: { status: "dead", doneAt: new Date(), leaseUntil: null, parkedReason: reason } });
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
