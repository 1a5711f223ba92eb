// Storing a message before it is sent: its row in outbox_messages and, for a file, a copy in the
// spool directory (moved there, not copied, when it is already on disk), and loading it back for
// each attempt. The file stays on disk; the API client streams it, so a large report never sits
// in memory.
import { copyFileSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Db } from "../../domain/store/client.js";
import type { OutgoingMessage } from "../webex/api.js";
import type { OutboxStatus, SendResult } from "./result.js";

interface StoredPayload extends Omit<OutgoingMessage, "file"> {
  file?: { name: string; contentType: string };
}

/** Moves a file into the spool; across file systems a rename fails, so copy then remove. */
function moveFile(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch {
    copyFileSync(from, to);
    rmSync(from, { force: true });
  }
}

const isUniqueViolation = (error: unknown): boolean => (error as { code?: string })?.code === "P2002";

export interface Spool {
  /** The new row's id, or the duplicate when `dedupeKey` is taken (the file handed in is then removed). */
  store(message: OutgoingMessage, row: { dedupeKey?: string; createdAt: Date; nextAttemptAt: Date }): Promise<number | Extract<SendResult, { kind: "duplicate" }>>;
  load(row: { payload: string; filePath: string | null }): OutgoingMessage;
}

export function createSpool(db: Db, spoolDir: string): Spool {
  mkdirSync(spoolDir, { recursive: true });
  return {
    async store(message, { dedupeKey, createdAt, nextAttemptAt }) {
      const { file, ...rest } = message;
      const payload: StoredPayload = { ...rest, file: file ? { name: file.name, contentType: file.contentType } : undefined };
      try {
        const row = await db.outboxMessage.create({
          data: { roomId: message.roomId, payload: JSON.stringify(payload), dedupeKey: dedupeKey ?? null, createdAt, nextAttemptAt },
        });
        if (file) {
          const filePath = path.join(spoolDir, `${row.id}-${file.name.replace(/[^\w.-]/g, "_")}`);
          if (file.path !== undefined) moveFile(file.path, filePath);
          else writeFileSync(filePath, file.content);
          await db.outboxMessage.update({ where: { id: row.id }, data: { filePath } });
        }
        return row.id;
      } catch (error) {
        if (!isUniqueViolation(error) || dedupeKey === undefined) throw error;
        // Already in the outbox under this key: the file handed to us is not needed.
        if (file?.path !== undefined) rmSync(file.path, { force: true });
        const existing = await db.outboxMessage.findUnique({ where: { dedupeKey }, select: { id: true, status: true } });
        return { kind: "duplicate", outboxId: existing?.id ?? 0, status: (existing?.status ?? "sent") as OutboxStatus };
      }
    },

    load(row) {
      const payload = JSON.parse(row.payload) as StoredPayload;
      const file = payload.file && row.filePath ? { ...payload.file, path: row.filePath } : undefined;
      return { ...payload, file };
    },
  };
}
