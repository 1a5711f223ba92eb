// Everything the bot posts goes through the outbox: replies, reports, alerts. A message is
// written to outbox_messages first, then sent in its space's lane (outbox/lanes.ts): one space's
// messages in order, different spaces in parallel, all lanes sharing one limiter that honours
// Webex's Retry-After (outbox/limiter.ts). Every POST has a timeout (bot/webex/api.ts), so a hung
// call costs its lane one timeout, never the bot. Transient failures are retried a few times in
// the lane, then the message is parked: it stays `pending` with a later nextAttemptAt, and the
// sweep (retryDue, every 30 s once started) tries it again until it is delivered or a day has
// passed. What cannot be delivered stays in the table as `dead` with its reason.
// A row is claimed (`sending`) with a lease in nextAttemptAt. If the instance dies mid-post the
// lease runs out and the sweep of any instance puts the row back to `pending` (at least once
// beats silence: Webex may, rarely, have taken it just before the crash), or gives it up past
// the deadline. A message with a dedupeKey is accepted once, ever (P2002 on the unique key),
// which is what scheduled posts rely on.
import { rmSync } from "node:fs";
import type { Db } from "../domain/store/client.js";
import type { Clock } from "../domain/clock.js";
import type { Logger } from "./log.js";
import type { OutgoingMessage, WebexApi } from "./webex/api.js";
import { WebexApiError, webexHint } from "./webex/errors.js";
import { giveUpAt, nextStep, type RetryPolicy } from "./outboxRetry.js";
import { createLanes } from "./outbox/lanes.js";
import { createLimiter } from "./outbox/limiter.js";
import { createSpool } from "./outbox/spool.js";
import { createOutboxRows } from "./outbox/rows.js";
import { recoverExpiredClaims } from "./outbox/recovery.js";
import type { SendResult } from "./outbox/result.js";

export type { SendResult, OutboxStatus } from "./outbox/result.js";

export interface OutboxOptions {
  db: Db;
  api: WebexApi;
  clock: Clock;
  log: Logger;
  /** Where files wait until they are posted. */
  spoolDir: string;
  /** Attempts made at once, holding the space's lane, before a transiently failing message is parked. */
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
  /** Spaces sending at once (default 16). */
  lanes?: number;
  /**
   * How long a `sending` claim holds (default 90 s; with a file, fileLeaseMs, default 6 min):
   * longer than one POST may take (the API client's timeouts), or a live instance's post would
   * be taken over and sent twice; as short as that, so a crash's reply is retried soon.
   */
  leaseMs?: number;
  fileLeaseMs?: number;
  /**
   * Only this process sends from this store (SQLite): at resume() every `sending` row is a dead
   * process's, so it is retried at once instead of after its lease.
   */
  soleSender?: boolean;
  /** Rows one sweep takes on at most, so a backlog never sits in memory at once (default 500). */
  batchSize?: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface SendOptions {
  dedupeKey?: string;
  /**
   * Resolve `queued` if the message is not settled this long after it was stored (it goes out
   * all the same): for callers that must not wait on Webex, such as the scheduler.
   */
  waitMs?: number;
}

export interface Outbox {
  /** Stores `message` and sends it in its space's lane; resolves with what became of it. Never rejects for a Webex outcome. */
  send(message: OutgoingMessage, options?: SendOptions): Promise<SendResult>;
  /** Sends what earlier runs left pending, and recovers what a dead process left `sending` (call once at start). */
  resume(): Promise<void>;
  /** Resolves when nothing is in flight. */
  drain(): Promise<void>;
}

export interface OutboxService extends Outbox {
  /** Recovers expired claims and queues every pending message that is due and not already queued here; resolves with how many. */
  retryDue(): Promise<number>;
  /** Runs retryDue every sweepMs. */
  start(): void;
  /** Stops the sweep and waits for a running one (call before drain on shutdown). */
  stop(): Promise<void>;
}

// A message this instance holds (just queued, or backing off between immediate attempts) is
// due this much later than it will really be tried, so other instances' sweeps leave it to us;
// if we die, one of them picks it up after this long.
const HOLD_MS = 60_000;

/** The reason of a `queued` result whose first attempt had not finished within `waitMs`. */
export const STILL_SENDING = "still being sent";

export function createOutbox(options: OutboxOptions): OutboxService {
  const { db, api, clock, log } = options;
  const policy: RetryPolicy = {
    // 5 attempts from 2 s doubling: 30 s for a blip to pass while the lane waits; longer
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
  const leaseMs = options.leaseMs ?? 90_000;
  const fileLeaseMs = options.fileLeaseMs ?? 6 * 60_000;
  const batchSize = options.batchSize ?? 500;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const limiter = createLimiter(clock, sleep);
  // Set when a message is parked, cleared by any delivery: while Webex is down, retrying in a
  // lane would only make everything behind wait.
  let webexDown = false;
  // Whoever awaits a message sent here: resolved when its lane has settled it.
  const waiters = new Map<number, ((result: SendResult) => void)[]>();
  const lanes = createLanes(options.lanes ?? 16, async (id) => {
    let result: SendResult;
    try {
      result = await deliver(id);
    } catch (error) {
      // The store failed, not Webex: the row stays as it was and the sweep takes it up again.
      log.error({ err: error, outboxId: id }, "outbox could not record a delivery");
      result = { kind: "queued", outboxId: id, nextAttemptAt: clock.now(), giveUpAt: clock.now(), reason: (error as Error).message };
    }
    const settled = waiters.get(id) ?? [];
    waiters.delete(id);
    for (const resolve of settled) resolve(result);
  });
  let timer: NodeJS.Timeout | undefined;
  let sweeping: Promise<unknown> | undefined;
  const outboxRows = createOutboxRows(db);
  const spool = createSpool(outboxRows, options.spoolDir);

  /** The outcome of a message another instance holds or has finished. */
  async function handledElsewhere(id: number): Promise<SendResult> {
    const row = await outboxRows.statusOf(id);
    if (!row) return { kind: "dead", outboxId: id, reason: "the outbox row is gone" };
    if (row.status === "dead") return { kind: "dead", outboxId: id, reason: row.lastError ?? "the outbox gave this message up" };
    return { kind: "duplicate", outboxId: id, status: row.status };
  }

  async function deliver(id: number): Promise<SendResult> {
    await limiter.ready();
    // Claim the row for each attempt, with a lease: with several instances on one PostgreSQL
    // only one sends it, and if this one dies mid-post the lease runs out and it is retried.
    // The first claim also loads the row (one statement, not two, per answer).
    const firstClaimAt = clock.now().getTime();
    const row = await outboxRows.claimAndLoad(id, new Date(firstClaimAt + leaseMs), new Date(firstClaimAt + fileLeaseMs));
    if (!row) return handledElsewhere(id);
    const message = spool.load(row);
    const createdAt = new Date(row.createdAt);
    for (let attempt = row.attempts; ; attempt++) {
      if (attempt > row.attempts) {
        await limiter.ready();
        const claimedAt = clock.now();
        const claimed = await outboxRows.claim(id, attempt, new Date(claimedAt.getTime() + (row.filePath ? fileLeaseMs : leaseMs)));
        if (!claimed) return handledElsewhere(id);
      }
      try {
        const posted = await api.postMessage(message);
        await outboxRows.markSent(id, clock.now());
        webexDown = false;
        if (row.filePath) rmSync(row.filePath, { force: true });
        return { kind: "sent", outboxId: id, posted };
      } catch (error) {
        const failure = error instanceof WebexApiError ? error : new WebexApiError(0, "/messages", String(error));
        const now = clock.now();
        if (failure.status === 429) limiter.pause((failure.retryAfterSeconds ?? 1) * 1000);
        const step = nextStep(policy, failure, { attempt, createdAt, now, webexDown });
        const nextAttemptAt = step.kind === "retry" ? new Date(now.getTime() + step.delayMs + HOLD_MS) : step.kind === "park" ? step.at : now;
        const reason = (step.kind === "dead" ? step.reason : failure.message).slice(0, 500);
        await outboxRows.markFailed(id, step.kind === "dead" ? "dead" : "pending", reason, nextAttemptAt);
        const fields = { outboxId: id, roomId: message.roomId, status: failure.status, code: failure.code, attempt, trackingId: failure.trackingId, hint: webexHint(failure.status), outcome: step.kind, nextAttemptAt };
        if (step.kind === "dead" && failure.transient) log.error(fields, "gave up on a message Webex kept refusing");
        else log.warn(fields, "webex refused a message");
        if (step.kind === "dead") return { kind: "dead", outboxId: id, reason, error: failure };
        if (step.kind === "park") {
          if (failure.status !== 429) webexDown = true;
          return { kind: "queued", outboxId: id, nextAttemptAt: step.at, giveUpAt: giveUpAt(policy, createdAt), reason };
        }
        // A 429's wait is the limiter's, shared by every lane.
        if (failure.status !== 429) await sleep(step.delayMs);
      }
    }
  }

  function enqueue(roomId: string, id: number): Promise<SendResult> {
    const result = new Promise<SendResult>((resolve) => waiters.set(id, [...(waiters.get(id) ?? []), resolve]));
    lanes.push(roomId, id);
    return result;
  }

  /** Queues the parked messages of `roomId` older than `beforeId`, so the space reads them first. */
  async function enqueueParkedBefore(roomId: string, beforeId: number): Promise<void> {
    for (const id of await outboxRows.parkedBefore(roomId, beforeId, batchSize)) lanes.push(roomId, id);
  }

  const recoverExpired = (all = false): Promise<number> =>
    recoverExpiredClaims({ db, clock, log, policy, batchSize, held: (id) => lanes.has(id), all });

  async function retryDue(): Promise<number> {
    await recoverExpired();
    // What is already queued here goes first; the rest waits for a later sweep (bounded memory).
    const room = batchSize - lanes.size;
    if (room <= 0) return 0;
    const now = clock.now();
    const due = await db.outboxMessage.findMany({
      where: { status: "pending", nextAttemptAt: { lte: now } }, orderBy: { id: "asc" }, select: { id: true, roomId: true }, take: room,
    });
    const lastDue = new Map<string, number>();
    for (const row of due) if (!lanes.has(row.id)) lastDue.set(row.roomId, row.id);
    if (!lastDue.size) return 0;
    // A space's earlier parked messages go first even when not yet due, or the space would read
    // a later answer before an earlier one. Fresh ones (no attempt yet) are held by their lane.
    const rows = await db.outboxMessage.findMany({
      where: { status: "pending", roomId: { in: [...lastDue.keys()] } }, orderBy: { id: "asc" },
      select: { id: true, roomId: true, attempts: true, nextAttemptAt: true }, take: room,
    });
    const picked = rows.filter((r) => r.id <= lastDue.get(r.roomId)! && !lanes.has(r.id) && (r.attempts > 0 || new Date(r.nextAttemptAt) <= now));
    if (picked.length) log.info({ count: picked.length }, "retrying parked messages");
    for (const row of picked) lanes.push(row.roomId, row.id);
    return picked.length;
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
      const now = clock.now();
      const stored = await spool.store(message, { dedupeKey: sendOptions.dedupeKey, createdAt: now, nextAttemptAt: new Date(now.getTime() + HOLD_MS) });
      let result: Promise<SendResult>;
      if (typeof stored === "number") {
        // Only the order suffers if this fails; the message itself is stored and goes out anyway.
        await enqueueParkedBefore(message.roomId, stored).catch((error: unknown) => log.warn({ err: error }, "could not look for parked messages"));
        result = enqueue(message.roomId, stored);
      } else if (stored.kind === "duplicate" && (stored.status === "pending" || lanes.has(stored.outboxId))) {
        // The same post, stored earlier and not yet delivered (a run taken over from a dead
        // instance): wait for it like the first sender would, sending it here if no one is.
        result = enqueue(message.roomId, stored.outboxId);
      } else return stored;
      const outboxId = typeof stored === "number" ? stored : stored.outboxId;
      if (sendOptions.waitMs === undefined) return result;
      let timeout: NodeJS.Timeout | undefined;
      const late = new Promise<SendResult>((resolve) => {
        timeout = setTimeout(() => {
          const at = clock.now();
          resolve({ kind: "queued", outboxId, nextAttemptAt: at, giveUpAt: giveUpAt(policy, at), reason: STILL_SENDING });
        }, sendOptions.waitMs);
      });
      return Promise.race([result, late]).finally(() => clearTimeout(timeout));
    },

    async resume() {
      await recoverExpired(options.soleSender);
      const pending = await db.outboxMessage.findMany({ where: { status: "pending" }, orderBy: { id: "asc" }, select: { id: true, roomId: true }, take: batchSize });
      if (pending.length) log.info({ count: pending.length }, "resuming messages left in the outbox");
      for (const row of pending) lanes.push(row.roomId, row.id);
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

    drain: () => lanes.idle(),
  };
}
