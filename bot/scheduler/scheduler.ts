// The scheduler: each tick works out which report schedules and alert scans are due (from the
// calendar and the run ledger, in each schedule's time zone), claims each due run in
// scheduled_runs before running it, and runs what it claimed. Nothing lives only in memory:
// a restart, or a second instance on the same PostgreSQL, sees the same ledger.
// - Ticks are woken by node-schedule at each schedule's due time (wakeups.ts), and by a slower
//   poll for what no job knows about yet; either way the ledger decides who posts.
// - A due time older than `missedGraceMs` (the bot was down) is recorded as missed, and the
//   next post of that schedule says so; a newer one is posted once, late.
// - A run claimed by an instance that died (claimed, never finished, older than `leaseMs`) is
//   taken over; the outbox's dedupe key keeps it from posting twice, and it is recorded posted
//   only once Webex has accepted that post (a post the dead instance left mid-send is `queued`
//   until the outbox, which recovers it, has delivered it).
// - Runs of one tick go in parallel (a few at a time), and a run waits for Webex at most
//   `postWaitMs`: one slow space holds neither the tick nor the other runs.
// - A run recorded `queued` is settled from the outbox row under its dedupe key on later ticks:
//   `posted` once Webex took it, `failed` if the outbox gave it up.
import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import type { Db } from "../../domain/store/client.js";
import type { Clock } from "../../domain/clock.js";
import { activeScheduleRows, scheduleOf } from "../../domain/reports/schedules.js";
import { dueTimesBetween, scheduleSpecSchema, type ScheduleSpec } from "../../domain/schedule/spec.js";
import { claimRun, finishRun, latestDueTimes, takeOverStaleRuns, type RunClaim, type RunKind } from "../../domain/schedule/runLedger.js";
import type { Logger } from "../log.js";
import type { Outbox } from "../outbox.js";
import type { RunOutcome, SchedulerContext } from "./context.js";
import { runScheduledReport } from "./reportRun.js";
import { alertDedupeKey, runAlertScan } from "./alertRun.js";
import { reportDedupeKey } from "./reportRun.js";
import { createWakeups } from "./wakeups.js";
import { SCHEDULED_POST_WAIT_MS } from "./queued.js";
import { runScheduledDigest } from "./digestRun.js";
import { findDigest } from "../../domain/reports/digests.js";

export interface SchedulerOptions {
  db: Db;
  clock: Clock;
  outbox: Outbox;
  log: Logger;
  instanceId?: string;
  /** A due run missed while the bot was down is still posted when it is younger than this (default 6 h). */
  missedGraceMs?: number;
  /** A claimed run unfinished for this long belongs to a dead instance (default 10 min). */
  leaseMs?: number;
  /**
   * How often to look for due runs besides the node-schedule wake-ups (default 60 s): a schedule
   * made on another instance, or one no job could express, posts at most this late.
   */
  pollMs?: number;
  /** How long a run waits for Webex to accept its post before recording it queued (default 15 s). */
  postWaitMs?: number;
  /** Runs of one tick going at once (default 4). */
  concurrency?: number;
  /** The daily partner-data sync (when WEBEX_PARTNER_TOKEN is set): when, and what it runs. */
  sync?: DailySync;
}

export interface DailySync {
  time: string;
  timeZone: string;
  /** Runs one sync; resolves with a one-line summary for the ledger. */
  run(): Promise<string>;
}

export interface TickResult { posted: number; queued: number; missed: number; skipped: number; failed: number }

export interface Scheduler {
  /** Looks for due runs once and runs them; resolves when they are done. */
  tick(): Promise<TickResult>;
  /** Runs a tick now, then at every due time (node-schedule) and every pollMs. */
  start(): void;
  /** Stops polling and waits for the running tick. */
  stop(): Promise<void>;
}

interface DueItem { kind: RunKind; key: string; spec: ScheduleSpec; since: Date }

export function createScheduler(options: SchedulerOptions): Scheduler {
  const { db, clock, log } = options;
  const missedGraceMs = options.missedGraceMs ?? 6 * 3_600_000;
  const leaseMs = options.leaseMs ?? 10 * 60_000;
  const pollMs = options.pollMs ?? 60_000;
  const concurrency = options.concurrency ?? 4;
  const ctx: SchedulerContext = {
    db, clock, outbox: options.outbox, log: log.child({ component: "scheduler" }),
    instanceId: options.instanceId ?? `${hostname()}-${process.pid}-${randomBytes(3).toString("hex")}`,
    postWaitMs: options.postWaitMs ?? SCHEDULED_POST_WAIT_MS,
  };
  // Without a sync in the ledger yet, the first one is due at the next sync time after start.
  const startedAt = clock.now();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<TickResult> | undefined;
  let stopped = true;
  // A wake-up during a running tick must not be lost: that tick may have read "now" before the
  // due time. It runs one more tick once the current one ends.
  let wokenDuringTick = false;
  const wakeups = createWakeups(() => wake());

  async function dueItems(): Promise<DueItem[]> {
    const [scheduleRows, spaces, reportsDone, scansDone] = await Promise.all([
      activeScheduleRows(db),
      db.space.findMany({ where: { alertsEnabled: true }, select: { id: true, alertTime: true, timeZone: true, createdAt: true } }),
      latestDueTimes(db, "report"),
      latestDueTimes(db, "alert-scan"),
    ]);
    const items: DueItem[] = [];
    for (const row of scheduleRows) {
      const schedule = scheduleOf(row);
      if (!schedule) { ctx.log.warn({ scheduleId: row.id }, "a stored schedule does not parse; skipped"); continue; }
      items.push({ kind: "report", key: schedule.id, spec: schedule.spec, since: reportsDone.get(schedule.id) ?? schedule.createdAt });
    }
    for (const space of spaces) {
      const spec = scheduleSpecSchema.safeParse({ frequency: "daily", dayOfWeek: null, dayOfMonth: null, time: space.alertTime, timeZone: space.timeZone });
      if (!spec.success) { ctx.log.warn({ spaceId: space.id }, "a space's alert time or zone does not parse; skipped"); continue; }
      items.push({ kind: "alert-scan", key: space.id, spec: spec.data, since: scansDone.get(space.id) ?? new Date(space.createdAt) });
    }
    if (options.sync) {
      const spec = scheduleSpecSchema.parse({ frequency: "daily", dayOfWeek: null, dayOfMonth: null, time: options.sync.time, timeZone: options.sync.timeZone });
      const syncsDone = await latestDueTimes(db, "sync");
      items.push({ kind: "sync", key: "partner", spec, since: syncsDone.get("partner") ?? startedAt });
    }
    return items;
  }

  /** Queued runs whose post the outbox has since delivered, or given up, get their true status. */
  async function settleQueuedRuns(): Promise<void> {
    const queued = await db.scheduledRun.findMany({ where: { status: "queued", kind: { in: ["report", "alert-scan"] } }, orderBy: { id: "asc" }, take: 200 });
    for (const run of queued) {
      const dueAt = new Date(run.dueAt);
      const dedupeKey = run.kind === "report" ? reportDedupeKey(run.key, dueAt) : alertDedupeKey(run.key, dueAt);
      const message = await db.outboxMessage.findUnique({ where: { dedupeKey }, select: { status: true, sentAt: true, lastError: true } });
      if (message?.status !== "sent" && message?.status !== "dead") continue;
      const detail = message.status === "sent"
        ? `${(run.detail ?? "").split(";")[0]}; accepted by Webex at ${new Date(message.sentAt ?? clock.now()).toISOString()}`
        : `the outbox gave the post up: ${message.lastError ?? "no reason recorded"}`;
      await db.scheduledRun.updateMany({ where: { id: run.id, status: "queued" }, data: { status: message.status === "sent" ? "posted" : "failed", detail: detail.slice(0, 500) } });
    }
  }

  /** Runs `claims`, `concurrency` at a time. */
  async function runAll(claims: RunClaim[], result: TickResult): Promise<void> {
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < claims.length) {
        const claim = claims[next++]!;
        result[await run(claim)]++;
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, claims.length) }, worker));
  }

  async function run(claim: RunClaim): Promise<RunOutcome> {
    if (claim.kind === "alert-scan") return runAlertScan(ctx, claim);
    if (claim.kind === "sync") return runDailySync(claim);
    const row = await db.reportSchedule.findUnique({ where: { id: claim.key } });
    const schedule = row && row.active ? scheduleOf(row) : undefined;
    if (!schedule) {
      await db.scheduledRun.update({ where: { id: claim.id }, data: { status: "skipped", finishedAt: clock.now(), detail: "schedule ended" } });
      return "skipped";
    }
    const digest = findDigest(schedule.template);
    return digest ? runScheduledDigest(ctx, schedule, digest, claim) : runScheduledReport(ctx, schedule, claim);
  }

  async function runDailySync(claim: RunClaim): Promise<RunOutcome> {
    try {
      const summary = await options.sync!.run();
      await finishRun(db, claim.id, "posted", clock.now(), summary);
      ctx.log.info({ dueAt: claim.dueAt.toISOString(), summary }, "daily sync done");
      return "posted";
    } catch (error) {
      // The sync lands in one transaction, so a failure left the store as it was.
      ctx.log.error({ err: error, dueAt: claim.dueAt.toISOString() }, "daily sync failed; the store is unchanged");
      await finishRun(db, claim.id, "failed", clock.now(), (error as Error).message.slice(0, 500));
      return "failed";
    }
  }

  async function tickOnce(): Promise<TickResult> {
    const result: TickResult = { posted: 0, queued: 0, missed: 0, skipped: 0, failed: 0 };
    const now = clock.now();
    const claims: RunClaim[] = [];
    for (const kind of ["report", "alert-scan", "sync"] as const) {
      claims.push(...await takeOverStaleRuns(db, kind, new Date(now.getTime() - leaseMs), ctx.instanceId, now));
    }
    await settleQueuedRuns();
    const items = await dueItems();
    if (!stopped) wakeups.sync(items.map((item) => ({ id: `${item.kind}:${item.key}`, spec: item.spec })));
    for (const item of items) {
      const due = dueTimesBetween(item.spec, item.since, now);
      for (const [index, dueAt] of due.entries()) {
        const fresh = index === due.length - 1 && now.getTime() - dueAt.getTime() <= missedGraceMs;
        const claim = await claimRun(db, { kind: item.kind, key: item.key, dueAt, instanceId: ctx.instanceId, now, status: fresh ? "claimed" : "missed" });
        if (!claim) continue;
        if (fresh) claims.push(claim);
        else {
          result.missed++;
          ctx.log.warn({ kind: item.kind, key: item.key, dueAt: dueAt.toISOString() }, "a due run was missed while the bot was down");
        }
      }
    }
    await runAll(claims, result);
    return result;
  }

  const tick = (): Promise<TickResult> => {
    // One tick at a time: a slow report must not make the next poll claim and run in parallel.
    running ??= tickOnce().finally(() => { running = undefined; });
    return running;
  };

  /** A tick for a timer or a wake-up: errors logged, and a wake-up during a tick not lost. */
  function wake(): void {
    if (stopped) return;
    if (running) {
      wokenDuringTick = true;
      return;
    }
    tick()
      .catch((error: unknown) => ctx.log.error({ err: error }, "scheduler tick failed"))
      .finally(() => {
        if (!wokenDuringTick) return;
        wokenDuringTick = false;
        wake();
      });
  }

  function poll(): void {
    if (stopped) return;
    timer = setTimeout(() => {
      wake();
      poll();
    }, pollMs);
    timer.unref();
  }

  return {
    tick,
    start() {
      if (!stopped) return;
      stopped = false;
      wake();
      poll();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      wakeups.cancelAll();
      await running?.catch(() => undefined);
    },
  };
}
