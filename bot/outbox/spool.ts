// Storing a message before it is sent: its row in outbox_messages and, for a file, a copy in the
// spool directory (moved there, not copied, when it is already on disk), and loading it back for
// each attempt. The file stays on disk; the API client streams it, so a large report never sits
// in memory.
import { copyFileSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { OutgoingMessage } from "../webex/api.js";
import type { SendResult } from "./result.js";
import type { OutboxRows } from "./rows.js";

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

export interface Spool {
  /** The new row's id, or the duplicate when `dedupeKey` is taken (the file handed in is then removed). */
  store(message: OutgoingMessage, row: { dedupeKey?: string; createdAt: Date; nextAttemptAt: Date }): Promise<number | Extract<SendResult, { kind: "duplicate" }>>;
  load(row: { payload: string; filePath: string | null }): OutgoingMessage;
}

export function createSpool(rows: OutboxRows, spoolDir: string): Spool {
  mkdirSync(spoolDir, { recursive: true });
  return {
    async store(message, { dedupeKey, createdAt, nextAttemptAt }) {
      const { file, ...rest } = message;
      const payload: StoredPayload = { ...rest, file: file ? { name: file.name, contentType: file.contentType } : undefined };
      const id = await rows.insert({ roomId: message.roomId, payload: JSON.stringify(payload), dedupeKey: dedupeKey ?? null, createdAt, nextAttemptAt });
      if (id === undefined) {
        // Already in the outbox under this key: the file handed to us is not needed.
        if (file?.path !== undefined) rmSync(file.path, { force: true });
        const existing = dedupeKey === undefined ? undefined : await rows.byDedupeKey(dedupeKey);
        return { kind: "duplicate", outboxId: existing?.id ?? 0, status: existing?.status ?? "sent" };
      }
      if (file) {
        const filePath = path.join(spoolDir, `${id}-${file.name.replace(/[^\w.-]/g, "_")}`);
        if (file.path !== undefined) moveFile(file.path, filePath);
        else writeFileSync(filePath, file.content);
        await rows.setFilePath(id, filePath);
      }
      return id;
    },

    load(row) {
      const payload = JSON.parse(row.payload) as StoredPayload;
      const file = payload.file && row.filePath ? { ...payload.file, path: row.filePath } : undefined;
      return { ...payload, file };
    },
  };
}
