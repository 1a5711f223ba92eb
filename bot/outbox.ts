// Everything the bot posts goes through the outbox: replies, reports, alerts. A message is
// written to outbox_messages first, then sent; Webex's 429 pauses all sending for Retry-After,
// other transient failures are retried a few times at once and then the message is parked:
// it stays `pending` with a later nextAttemptAt, and the sweep (retryDue, every 30 s once
// started) tries it again until it is delivered or a day has passed. What cannot be delivered
// stays in the table as `dead` with its reason (`sending` after a crash mid-post). A message
// with a dedupeKey is accepted once, ever (P2002 on the unique key), which is what scheduled
// posts rely on.
import { copyFileSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Db } from "../domain/store/client.js";
import type { Clock } from "../domain/clock.js";
import type { Logger } from "./log.js";
import type { OutgoingMessage, PostedMessage, WebexApi } from "./webex/api.js";
import { WebexApiError, webexHint } from "./webex/errors.js";
import { giveUpAt, nextStep, OutboxDeferred, type RetryPolicy } from "./outboxRetry.js";

export { OutboxDeferred } from "./outboxRetry.js";

export interface OutboxOptions {
  db: Db;
  api: WebexApi;
  clock: Clock;
  log: Logger;
  /** Where files wait until they are posted. */
  spoolDir: string;
  /** Attempts made at once, holding the queue, before a transiently failing message is parked. */
  maxAttempts?: number;
  /** First retry delay; doubles each attempt. */
  backoffMs?: number;
  /** First delay of a parked message; doubles each further attempt up to maxParkedDelayMs. */
  parkedDelayMs?: number;
  maxParkedDelayMs?: number;
  /** A message still failing this long after it was queued is given up (default 24 h). */
  deliveryDeadlineMs?: number;
  /** How often start() looks for parked messages that are due (default 30 s). */
  sweepMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface Outbox {
  /**
   * Queues `message`; resolves with the posted message, or undefined when a dedupeKey was already
   * used. Rejects with OutboxDeferred when Webex is unavailable: the message is kept and retried.
   */
  send(message: OutgoingMessage, options?: { dedupeKey?: string }): Promise<PostedMessage | undefined>;
  /** Sends what earlier runs left pending (call once at start). */
  resume(): Promise<void>;
  /** Resolves when nothing is in flight. */
  drain(): Promise<void>;
}

export interface OutboxService extends Outbox {
  /** Queues every pending message that is due and not already queued here; resolves with how many. */
  retryDue(): Promise<number>;
  /** Runs retryDue every sweepMs. */
  start(): void;
  /** Stops the sweep and waits for a running one (call before drain on shutdown). */
  stop(): Promise<void>;
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
const ignore = (): undefined => undefined;

// A message this instance holds (just queued, or backing off between immediate attempts) is
// due this much later than it will really be tried, so other instances' sweeps leave it to us;
// if we die, one of them picks it up after this long.
const HOLD_MS = 60_000;

export function createOutbox(options: OutboxOptions): OutboxService {
  const { db, api, clock, log } = options;
  const policy: RetryPolicy = {
    // 5 attempts from 2 s doubling: 30 s for a blip to pass while the queue waits; longer
    // trouble parks the message so that what is queued behind it is not held up too.
    immediateAttempts: options.maxAttempts ?? 5,
    backoffMs: options.backoffMs ?? 2000,
    // Parked: 30 s (the sweep's period; sooner is not seen), doubling to 5 min. The cap bounds
    // how late a report lands after Webex recovers; at 12 tries an hour a day-long outage costs
    // Webex little.
    parkedDelayMs: options.parkedDelayMs ?? 30_000,
    maxParkedDelayMs: options.maxParkedDelayMs ?? 5 * 60_000,
    // A day rides out any outage worth waiting for; a reply later than that means little to
    // whoever asked, and a message that still fails then is more likely broken than unlucky.
    deliveryDeadlineMs: options.deliveryDeadlineMs ?? 24 * 3_600_000,
  };
  const sweepMs = options.sweepMs ?? 30_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let pausedUntil = 0;
  // Set when a message is parked, cleared by any delivery: while Webex is down, retrying in the
  // queue would only make everything behind wait.
  let webexDown = false;
  let chain: Promise<unknown> = Promise.resolve();
  const inFlight = new Set<Promise<unknown>>();
  const queued = new Set<number>();
  let timer: NodeJS.Timeout | undefined;
  let sweeping: Promise<unknown> | undefined;
  mkdirSync(options.spoolDir, { recursive: true });

  function load(row: { id: number; payload: string; filePath: string | null }): OutgoingMessage {
    const payload = JSON.parse(row.payload) as StoredPayload;
    // The file stays on disk; the API client streams it, so a large report never sits in memory.
    const file = payload.file && row.filePath ? { ...payload.file, path: row.filePath } : undefined;
    return { ...payload, file };
  }

  /** The outcome of a message another instance holds or has finished. */
  async function handledElsewhere(id: number): Promise<undefined> {
    const row = await db.outboxMessage.findUnique({ where: { id } });
    if (!row || row.status === "sent") return undefined;
    if (row.status === "dead") throw new Error(row.lastError ?? "the outbox gave this message up");
    throw new OutboxDeferred(id, new Date(row.nextAttemptAt), giveUpAt(policy, new Date(row.createdAt)));
  }

  async function deliver(id: number): Promise<PostedMessage | undefined> {
    const row = await db.outboxMessage.findUnique({ where: { id } });
    if (!row || row.status !== "pending") return handledElsewhere(id);
    const message = load(row);
    const createdAt = new Date(row.createdAt);
    for (let attempt = row.attempts + 1; ; attempt++) {
      const wait = pausedUntil - clock.now().getTime();
      if (wait > 0) await sleep(wait);
      // Claim the row for this attempt: with several instances on one PostgreSQL, only one
      // sends it. A crash while `sending` leaves it unsent rather than risk posting it twice.
      const claim = await db.outboxMessage.updateMany({ where: { id, status: "pending" }, data: { status: "sending" } });
      if (claim.count === 0) return handledElsewhere(id);
      try {
        const posted = await api.postMessage(message);
        await db.outboxMessage.update({ where: { id }, data: { status: "sent", attempts: attempt, sentAt: clock.now(), lastError: null } });
        webexDown = false;
        if (row.filePath) rmSync(row.filePath, { force: true });
        return posted;
      } catch (error) {
        const failure = error instanceof WebexApiError ? error : new WebexApiError(0, "/messages", String(error));
        const now = clock.now();
        if (failure.status === 429) pausedUntil = Math.max(pausedUntil, now.getTime() + (failure.retryAfterSeconds ?? 1) * 1000);
        const step = nextStep(policy, failure, { attempt, createdAt, now, webexDown });
        const nextAttemptAt = step.kind === "retry" ? new Date(now.getTime() + step.delayMs + HOLD_MS) : step.kind === "park" ? step.at : now;
        await db.outboxMessage.update({
          where: { id },
          data: {
            attempts: attempt,
            lastError: (step.kind === "dead" ? step.reason : failure.message).slice(0, 500),
            status: step.kind === "dead" ? "dead" : "pending",
            nextAttemptAt,
          },
        });
        const fields = { outboxId: id, roomId: message.roomId, status: failure.status, attempt, trackingId: failure.trackingId, hint: webexHint(failure.status), outcome: step.kind, nextAttemptAt };
        if (step.kind === "dead" && failure.transient) log.error(fields, "gave up on a message Webex kept refusing");
        else log.warn(fields, "webex refused a message");
        if (step.kind === "dead") throw failure;
        if (step.kind === "park") {
          if (failure.status !== 429) webexDown = true;
          throw new OutboxDeferred(id, step.at, giveUpAt(policy, createdAt));
        }
        if (failure.status !== 429) await sleep(step.delayMs);
      }
    }
  }

  function enqueue(id: number): Promise<PostedMessage | undefined> {
    // One message at a time, in order: a space reads the bot's answers in the order it gave them,
    // and a 429 pause applies to everything behind it. A parked message leaves the queue.
    queued.add(id);
    const result = chain.then(() => deliver(id)).finally(() => queued.delete(id));
    chain = result.catch(ignore);
    inFlight.add(result);
    void result.finally(() => inFlight.delete(result)).catch(ignore);
    return result;
  }

  /** Queues the parked messages of `roomId` older than `beforeId`, so the space reads them first. */
  async function enqueueParkedBefore(roomId: string, beforeId: number): Promise<void> {
    const parked = await db.outboxMessage.findMany({
      where: { status: "pending", roomId, id: { lt: beforeId }, attempts: { gt: 0 } }, orderBy: { id: "asc" }, select: { id: true },
    });
    for (const { id } of parked) if (!queued.has(id)) void enqueue(id).catch(ignore);
  }

  async function retryDue(): Promise<number> {
    const now = clock.now();
    const due = await db.outboxMessage.findMany({
      where: { status: "pending", nextAttemptAt: { lte: now } }, orderBy: { id: "asc" }, select: { id: true, roomId: true },
    });
    const lastDue = new Map<string, number>();
    for (const row of due) if (!queued.has(row.id)) lastDue.set(row.roomId, row.id);
    if (!lastDue.size) return 0;
    // A space's earlier parked messages go first even when not yet due, or the space would read
    // a later answer before an earlier one. Fresh ones (no attempt yet) are held by their queue.
    const rows = await db.outboxMessage.findMany({
      where: { status: "pending", roomId: { in: [...lastDue.keys()] } }, orderBy: { id: "asc" },
      select: { id: true, roomId: true, attempts: true, nextAttemptAt: true },
    });
    const ids = rows
      .filter((r) => r.id <= lastDue.get(r.roomId)! && !queued.has(r.id) && (r.attempts > 0 || new Date(r.nextAttemptAt) <= now))
      .map((r) => r.id);
    if (ids.length) log.info({ count: ids.length }, "retrying parked messages");
    for (const id of ids) void enqueue(id).catch(ignore);
    return ids.length;
  }

  function scheduleSweep(): void {
    timer = setTimeout(() => {
      sweeping = retryDue()
        .catch((error: unknown) => log.error({ err: error }, "outbox sweep failed"))
        .finally(() => {
          sweeping = undefined;
          if (timer) scheduleSweep();
        });
    }, sweepMs);
    timer.unref();
  }

  return {
    async send(message, sendOptions = {}) {
      const { file, ...rest } = message;
      let filePath: string | null = null;
      const payload: StoredPayload = { ...rest, file: file ? { name: file.name, contentType: file.contentType } : undefined };
      try {
        const now = clock.now();
        const row = await db.outboxMessage.create({
          data: {
            roomId: message.roomId, payload: JSON.stringify(payload), dedupeKey: sendOptions.dedupeKey ?? null,
            createdAt: now, nextAttemptAt: new Date(now.getTime() + HOLD_MS),
          },
        });
        if (file) {
          filePath = path.join(options.spoolDir, `${row.id}-${file.name.replace(/[^\w.-]/g, "_")}`);
          if (file.path !== undefined) moveFile(file.path, filePath);
          else writeFileSync(filePath, file.content);
          await db.outboxMessage.update({ where: { id: row.id }, data: { filePath } });
        }
        // Only the order suffers if this fails; the message itself is stored and goes out anyway.
        await enqueueParkedBefore(message.roomId, row.id).catch((error: unknown) => log.warn({ err: error }, "could not look for parked messages"));
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
      for (const { id } of pending) if (!queued.has(id)) void enqueue(id).catch(ignore);
    },

    retryDue,

    start() {
      if (!timer) scheduleSweep();
    },

    async stop() {
      clearTimeout(timer);
      timer = undefined;
      await sweeping;
    },

    async drain() {
      while (inFlight.size) await Promise.allSettled([...inFlight]);
    },
  };
}
