// The outbox's per-message statements (store, claim, mark sent or failed, look up) through the
// driver's cached statements (domain/store/driver.ts), not Prisma: each answer runs all of them,
// and under a burst Prisma's compiler and runtime were most of the bot's CPU. The sweeps
// (recovery, retryDue, resume) run every 30 s and stay on Prisma.
import type { Db } from "../../domain/store/client.js";
import { driverOf } from "../../domain/store/driver.js";
import { toDate } from "../../domain/analytics/values.js";
import type { OutboxStatus } from "./result.js";

export interface OutboxRow {
  id: number; roomId: string; payload: string; filePath: string | null; status: OutboxStatus;
  attempts: number; createdAt: Date;
}

export interface OutboxRows {
  /** The new row's id, or undefined when `dedupeKey` is already taken. */
  insert(row: { roomId: string; payload: string; dedupeKey: string | null; createdAt: Date; nextAttemptAt: Date }): Promise<number | undefined>;
  setFilePath(id: number, filePath: string): Promise<void>;
  byId(id: number): Promise<OutboxRow | undefined>;
  /**
   * pending → sending for its next attempt (counted in `attempts`), leased until `leaseUntil`
   * (`fileLeaseUntil` for a file), and the row as claimed; undefined if it is not pending.
   */
  claimAndLoad(id: number, leaseUntil: Date, fileLeaseUntil: Date): Promise<OutboxRow | undefined>;
  byDedupeKey(dedupeKey: string): Promise<{ id: number; status: OutboxStatus } | undefined>;
  statusOf(id: number): Promise<{ status: OutboxStatus; lastError: string | null } | undefined>;
  /** pending → sending for this attempt, with a lease until `leaseUntil`; false if someone else has it. */
  claim(id: number, attempt: number, leaseUntil: Date): Promise<boolean>;
  markSent(id: number, sentAt: Date): Promise<void>;
  markFailed(id: number, status: "pending" | "dead", lastError: string, nextAttemptAt: Date): Promise<void>;
  /** Parked messages of a space older than `beforeId`, oldest first. */
  parkedBefore(roomId: string, beforeId: number, limit: number): Promise<number[]>;
}

const INSERT = `INSERT INTO outbox_messages (room_id, payload, dedupe_key, status, attempts, next_attempt_at, created_at)
  VALUES (?, ?, ?, 'pending', 0, ?, ?) ON CONFLICT DO NOTHING RETURNING id`;
const COLUMNS = "id, room_id, payload, file_path, status, attempts, created_at";
const BY_ID = `SELECT ${COLUMNS} FROM outbox_messages WHERE id = ?`;
// PostgreSQL types a parameter inside CASE as text unless told: the one place the dialects differ.
const claimAndLoadSql = (stamp: string) => `UPDATE outbox_messages
  SET status = 'sending', attempts = attempts + 1, next_attempt_at = CASE WHEN file_path IS NULL THEN ${stamp} ELSE ${stamp} END
  WHERE id = ? AND status = 'pending' RETURNING ${COLUMNS}`;

type Stored = { id: number | bigint; room_id: string; payload: string; file_path: string | null; status: string; attempts: number; created_at: unknown };

const rowOf = (row: Stored): OutboxRow => ({
  id: Number(row.id), roomId: row.room_id, payload: row.payload, filePath: row.file_path, status: row.status as OutboxStatus,
  attempts: Number(row.attempts), createdAt: toDate(row.created_at),
});

export function createOutboxRows(db: Db): OutboxRows {
  const driver = driverOf(db);
  const CLAIM_AND_LOAD = claimAndLoadSql(driver.engine === "postgres" ? "?::timestamp" : "?");
  return {
    async insert(row) {
      const [inserted] = await driver.all<{ id: number | bigint }>(INSERT, [row.roomId, row.payload, row.dedupeKey, row.nextAttemptAt, row.createdAt]);
      return inserted ? Number(inserted.id) : undefined;
    },
    async setFilePath(id, filePath) {
      await driver.run("UPDATE outbox_messages SET file_path = ? WHERE id = ?", [filePath, id]);
    },
    async byId(id) {
      const [row] = await driver.all<Stored>(BY_ID, [id]);
      return row ? rowOf(row) : undefined;
    },
    async claimAndLoad(id, leaseUntil, fileLeaseUntil) {
      const [row] = await driver.all<Stored>(CLAIM_AND_LOAD, [leaseUntil, fileLeaseUntil, id]);
      return row ? rowOf(row) : undefined;
    },
    async byDedupeKey(dedupeKey) {
      const [row] = await driver.all<{ id: number | bigint; status: string }>("SELECT id, status FROM outbox_messages WHERE dedupe_key = ?", [dedupeKey]);
      return row ? { id: Number(row.id), status: row.status as OutboxStatus } : undefined;
    },
    async statusOf(id) {
      const [row] = await driver.all<{ status: string; last_error: string | null }>("SELECT status, last_error FROM outbox_messages WHERE id = ?", [id]);
      return row ? { status: row.status as OutboxStatus, lastError: row.last_error } : undefined;
    },
    async claim(id, attempt, leaseUntil) {
      return (await driver.run("UPDATE outbox_messages SET status = 'sending', attempts = ?, next_attempt_at = ? WHERE id = ? AND status = 'pending'", [attempt, leaseUntil, id])) === 1;
    },
    async markSent(id, sentAt) {
      await driver.run("UPDATE outbox_messages SET status = 'sent', sent_at = ?, last_error = NULL WHERE id = ?", [sentAt, id]);
    },
    async markFailed(id, status, lastError, nextAttemptAt) {
      await driver.run("UPDATE outbox_messages SET status = ?, last_error = ?, next_attempt_at = ? WHERE id = ?", [status, lastError, nextAttemptAt, id]);
    },
    async parkedBefore(roomId, beforeId, limit) {
      const rows = await driver.all<{ id: number | bigint }>(
        "SELECT id FROM outbox_messages WHERE status = 'pending' AND room_id = ? AND id < ? AND attempts > 0 ORDER BY id LIMIT ?", [roomId, beforeId, limit],
      );
      return rows.map((row) => Number(row.id));
    },
  };
}
