// Everything the bot posts goes through the outbox: replies, reports, alerts. A message is
// written to outbox_messages first, then sent; Webex's 429 pauses all sending for Retry-After,
// other transient failures are retried with backoff a bounded number of times, and what cannot
// be delivered stays in the table as `dead` with its reason (`sending` after a crash mid-post). A message with a dedupeKey is
// accepted once, ever (P2002 on the unique key), which is what scheduled posts rely on.
import { copyFileSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Db } from "../domain/store/client.js";
import type { Clock } from "../domain/clock.js";
import type { Logger } from "./log.js";
import type { OutgoingMessage, PostedMessage, WebexApi } from "./webex/api.js";
import { WebexApiError, webexHint } from "./webex/errors.js";

export interface OutboxOptions {
  db: Db;
  api: WebexApi;
  clock: Clock;
  log: Logger;
  /** Where files wait until they are posted. */
  spoolDir: string;
  maxAttempts?: number;
  /** First retry delay; doubles each attempt. */
  backoffMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface Outbox {
  /** Queues `message`; resolves with the posted message, or undefined when a dedupeKey was already used. */
  send(message: OutgoingMessage, options?: { dedupeKey?: string }): Promise<PostedMessage | undefined>;
  /** Sends what earlier runs left pending (call once at start). */
  resume(): Promise<void>;
  /** Resolves when nothing is in flight. */
  drain(): Promise<void>;
}

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

export function createOutbox(options: OutboxOptions): Outbox {
  const { db, api, clock, log } = options;
  // 8 attempts from 2 s doubling: about four minutes of Webex trouble before a message is
  // recorded as dead. A 429 gets four times as many tries, each after its Retry-After.
  const maxAttempts = options.maxAttempts ?? 8;
  const backoffMs = options.backoffMs ?? 2000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let pausedUntil = 0;
  let chain: Promise<unknown> = Promise.resolve();
  const inFlight = new Set<Promise<unknown>>();
  mkdirSync(options.spoolDir, { recursive: true });

  function load(row: { id: number; payload: string; filePath: string | null }): OutgoingMessage {
    const payload = JSON.parse(row.payload) as StoredPayload;
    // The file stays on disk; the API client streams it, so a large report never sits in memory.
    const file = payload.file && row.filePath ? { ...payload.file, path: row.filePath } : undefined;
    return { ...payload, file };
  }

  async function deliver(id: number): Promise<PostedMessage | undefined> {
    const row = await db.outboxMessage.findUnique({ where: { id } });
    if (!row || row.status !== "pending") return undefined;
    const message = load(row);
    for (let attempt = row.attempts + 1; ; attempt++) {
      const wait = pausedUntil - clock.now().getTime();
      if (wait > 0) await sleep(wait);
      // Claim the row for this attempt: with several instances on one PostgreSQL, only one
      // sends it. A crash while `sending` leaves it unsent rather than risk posting it twice.
      const claim = await db.outboxMessage.updateMany({ where: { id, status: "pending" }, data: { status: "sending" } });
      if (claim.count === 0) return undefined;
      try {
        const posted = await api.postMessage(message);
        await db.outboxMessage.update({ where: { id }, data: { status: "sent", attempts: attempt, sentAt: clock.now(), lastError: null } });
        if (row.filePath) rmSync(row.filePath, { force: true });
        return posted;
      } catch (error) {
        const failure = error instanceof WebexApiError ? error : new WebexApiError(0, "/messages", String(error));
        const giveUp = !failure.transient || attempt >= (failure.status === 429 ? maxAttempts * 4 : maxAttempts);
        const delay = failure.status === 429
          ? (failure.retryAfterSeconds ?? 1) * 1000
          : backoffMs * 2 ** (attempt - 1);
        if (failure.status === 429) pausedUntil = Math.max(pausedUntil, clock.now().getTime() + delay);
        await db.outboxMessage.update({
          where: { id },
          data: {
            attempts: attempt,
            lastError: failure.message.slice(0, 500),
            status: giveUp ? "dead" : "pending",
            nextAttemptAt: new Date(clock.now().getTime() + delay),
          },
        });
        log.warn({ outboxId: id, roomId: message.roomId, status: failure.status, attempt, trackingId: failure.trackingId, hint: webexHint(failure.status), giveUp }, "webex refused a message");
        if (giveUp) throw failure;
        if (failure.status !== 429) await sleep(delay);
      }
    }
  }

  function enqueue(id: number): Promise<PostedMessage | undefined> {
    // One message at a time, in order: a space reads the bot's answers in the order it gave them,
    // and a 429 pause applies to everything behind it.
    const result = chain.then(() => deliver(id));
    chain = result.catch(() => undefined);
    inFlight.add(result);
    void result.finally(() => inFlight.delete(result)).catch(() => undefined);
    return result;
  }

  return {
    async send(message, sendOptions = {}) {
      const { file, ...rest } = message;
      let filePath: string | null = null;
      const payload: StoredPayload = { ...rest, file: file ? { name: file.name, contentType: file.contentType } : undefined };
      try {
        const row = await db.outboxMessage.create({
          data: { roomId: message.roomId, payload: JSON.stringify(payload), dedupeKey: sendOptions.dedupeKey ?? null, nextAttemptAt: clock.now() },
        });
        if (file) {
          filePath = path.join(options.spoolDir, `${row.id}-${file.name.replace(/[^\w.-]/g, "_")}`);
          if (file.path !== undefined) moveFile(file.path, filePath);
          else writeFileSync(filePath, file.content);
          await db.outboxMessage.update({ where: { id: row.id }, data: { filePath } });
        }
        return await enqueue(row.id);
      } catch (error) {
        if (isUniqueViolation(error)) {
          // Already sent under this key: the file handed to us is not needed.
          if (file?.path !== undefined) rmSync(file.path, { force: true });
          return undefined;
        }
        throw error;
      }
    },

    async resume() {
      const pending = await db.outboxMessage.findMany({ where: { status: "pending" }, orderBy: { id: "asc" }, select: { id: true } });
      if (pending.length) log.info({ count: pending.length }, "resuming messages left in the outbox");
      for (const { id } of pending) void enqueue(id).catch(() => undefined);
    },

    async drain() {
      while (inFlight.size) await Promise.allSettled([...inFlight]);
    },
  };
}
