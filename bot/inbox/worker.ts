// Drains the inbox: claims due rows with a lease (at most `concurrency` at a time, so a burst
// waits in the table, not in memory), handles each, and finishes, parks or gives it up. A row
// whose Webex read keeps failing is parked with its reason (logged once) and tried again later,
// never dropped. A lease is renewed while its row is handled; a crashed instance's rows are
// claimed again once their lease has run out, by this instance or another.
import { randomUUID } from "node:crypto";
import type { Logger } from "../log.js";
import { WebexApiError, webexHint } from "../webex/errors.js";
import type { InboxRow, InboxStore } from "./store.js";
import { createAdmission, type Admission } from "./admission.js";

export interface InboxWorkerOptions {
  store: InboxStore;
  log: Logger;
  /** Handles one row; a throw parks it (transient failure) or, if Webex refused for good, finishes it with the reason. */
  handle(row: InboxRow): Promise<void>;
  instanceId?: string;
  /** Rows handled at once (default 16); fewer while the event loop lags (inbox/admission.ts). */
  concurrency?: number;
  /** Event-loop lag above which fewer rows are taken on (default 20 ms); 0 turns admission off. */
  admissionLagMs?: number;
  /** How long a claim holds without renewal (default 60 s). */
  leaseMs?: number;
  /** How often to look for rows other instances received or parked rows now due (default 1 s). */
  pollMs?: number;
  /** First wait of a parked row; doubles each attempt up to maxParkMs (defaults 5 s, 5 min). */
  parkMs?: number;
  maxParkMs?: number;
  /** A row still failing this long after it arrived is given up (default 24 h). */
  giveUpAfterMs?: number;
  /** Finished rows are kept this long, so a replay within it is still recognised (default 7 days). */
  retentionMs?: number;
}

export interface InboxWorker {
  readonly instanceId: string;
  start(): void;
  /** Looks for work now (after a new row was written). */
  wake(): void;
  /** Resolves when no due row is left and nothing is in hand (tests, benchmarks). */
  idle(): Promise<void>;
  /** Takes no more rows, finishes those in hand, hands back anything still leased. */
  stop(): Promise<void>;
}

export function createInboxWorker(options: InboxWorkerOptions): InboxWorker {
  const { store, log } = options;
  const instanceId = options.instanceId ?? randomUUID();
  const concurrency = options.concurrency ?? 16;
  const leaseMs = options.leaseMs ?? 60_000;
  const parkMs = options.parkMs ?? 5_000;
  const maxParkMs = options.maxParkMs ?? 300_000;
  const giveUpAfterMs = options.giveUpAfterMs ?? 24 * 3600_000;
  const retentionMs = options.retentionMs ?? 7 * 24 * 3600_000;
  const inHand = new Map<number, Promise<void>>();
  const loggedReasons = new Map<number, string>();
  let running = false;
  let pumping: Promise<void> | undefined;
  let again = false;
  let timers: NodeJS.Timeout[] = [];
  let admission: Admission | undefined;

  async function settle(row: InboxRow): Promise<void> {
    const rowLog = log.child({ inboxId: row.id, resource: row.envelope.resource, event: row.envelope.event });
    try {
      await options.handle(row);
      await store.finish(row.id);
      loggedReasons.delete(row.id);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (error instanceof WebexApiError && !error.transient) {
        // Webex refused for good (the message was deleted, the bot left the space): done, with why.
        rowLog.warn({ code: error.code, status: error.status, reason }, "event could not be handled; not retried");
        loggedReasons.delete(row.id);
        await store.finish(row.id, reason);
        return;
      }
      // A transient Webex failure, or our own (the database away for a moment): try again later.
      const code = error instanceof WebexApiError ? error.code : "internal";
      if (Date.now() - row.receivedAt.getTime() > giveUpAfterMs) {
        rowLog.error({ code, reason, attempts: row.attempts }, "event given up after a day of failures");
        await store.giveUp(row.id, reason);
        return;
      }
      const retryAfterMs = error instanceof WebexApiError ? (error.retryAfterSeconds ?? 0) * 1000 : 0;
      const waitMs = Math.max(retryAfterMs, Math.min(maxParkMs, parkMs * 2 ** Math.max(0, row.attempts - 1)));
      // Logged once per reason: a long outage is one line per event, not one per attempt.
      if (loggedReasons.get(row.id) !== code) {
        const hint = error instanceof WebexApiError ? webexHint(error.status) : undefined;
        rowLog.warn({ code, reason, hint, retryInMs: waitMs, ...(code === "internal" && { err: error }) }, "event parked in the inbox; it is tried again");
        loggedReasons.set(row.id, code);
      }
      await store.park(row.id, reason, new Date(Date.now() + waitMs));
    }
  }

  function take(row: InboxRow): void {
    const work = settle(row)
      .catch((error: unknown) => log.error({ inboxId: row.id, err: error }, "inbox row could not be settled; its lease will run out and it is tried again"))
      .finally(() => {
        inHand.delete(row.id);
        pump();
      });
    inHand.set(row.id, work);
  }

  /** Claims as many rows as there are free hands; runs once at a time, again if asked meanwhile. */
  function pump(): void {
    if (!running) return;
    if (pumping) {
      again = true;
      return;
    }
    pumping = (async () => {
      do {
        again = false;
        const limit = admission?.limit() ?? concurrency;
        const free = limit - inHand.size;
        // A claim costs about the same for one row as for several (it looks through the due
        // rows): while rows are in hand, wait until a quarter of the hands are free.
        if (free <= 0 || (inHand.size > 0 && free < Math.ceil(limit / 4))) break;
        const rows = await store.claim(instanceId, free, leaseMs);
        for (const row of rows) take(row);
        if (rows.length === free) again = true;
      } while (again && running);
    })()
      .catch((error: unknown) => log.error({ err: error }, "could not claim inbox rows; trying again shortly"))
      .finally(() => {
        pumping = undefined;
      });
  }

  return {
    instanceId,
    start() {
      if (running) return;
      running = true;
      const pollMs = options.pollMs ?? 1000;
      if (options.admissionLagMs !== 0) admission = createAdmission({ max: concurrency, lagMs: options.admissionLagMs, onRaise: pump });
      timers = [
        setInterval(pump, pollMs),
        setInterval(() => void store.renew(instanceId, [...inHand.keys()], leaseMs).catch((error: unknown) => log.warn({ err: error }, "could not renew inbox leases")), leaseMs / 3),
        setInterval(() => void store.prune(new Date(Date.now() - retentionMs)).catch(() => undefined), 3600_000),
      ];
      for (const timer of timers) timer.unref();
      void store.prune(new Date(Date.now() - retentionMs)).catch(() => undefined);
      pump();
    },
    wake: pump,
    async idle() {
      for (;;) {
        pump();
        if (pumping) await pumping;
        if (inHand.size > 0) {
          await Promise.allSettled([...inHand.values()]);
          continue;
        }
        if ((await store.due()) === 0) return;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    async stop() {
      running = false;
      for (const timer of timers) clearInterval(timer);
      admission?.stop();
      if (pumping) await pumping;
      await Promise.allSettled([...inHand.values()]);
      await store.release(instanceId).catch((error: unknown) => log.warn({ err: error }, "could not hand back inbox rows; their leases run out instead"));
    },
  };
}
