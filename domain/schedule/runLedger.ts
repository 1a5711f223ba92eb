// The run ledger (scheduled_runs): a due run is claimed by inserting (kind, key, due_at) before
// anything is posted. The unique key makes the insert succeed for one instance only, whatever
// restarts or other instances sharing PostgreSQL do; Prisma's P2002 means someone else has it.
import type { Db } from "../store/client.js";

export type RunKind = "report" | "alert-scan" | "sync";
/** `queued`: the post is in the outbox, waiting for Webex to be available again. */
export type RunStatus = "claimed" | "posted" | "queued" | "missed" | "failed" | "skipped";

export interface RunClaim { id: number; kind: RunKind; key: string; dueAt: Date }

const isUniqueViolation = (error: unknown): boolean => (error as { code?: string })?.code === "P2002";

/** Claims the run; undefined when it was already claimed (by us earlier, or by another instance). */
export async function claimRun(
  db: Db,
  run: { kind: RunKind; key: string; dueAt: Date; instanceId: string; now: Date; status?: "claimed" | "missed"; detail?: string },
): Promise<RunClaim | undefined> {
  try {
    const row = await db.scheduledRun.create({
      data: {
        kind: run.kind, key: run.key, dueAt: run.dueAt, status: run.status ?? "claimed", claimedBy: run.instanceId, claimedAt: run.now,
        finishedAt: run.status === "missed" ? run.now : null, detail: run.detail ?? null,
      },
    });
    return { id: row.id, kind: run.kind, key: run.key, dueAt: run.dueAt };
  } catch (error) {
    if (isUniqueViolation(error)) return undefined;
    throw error;
  }
}

export async function finishRun(db: Db, id: number, status: Exclude<RunStatus, "claimed">, now: Date, detail?: string): Promise<void> {
  await db.scheduledRun.update({ where: { id }, data: { status, finishedAt: now, detail: detail?.slice(0, 500) ?? null } });
}

/** The newest due time already in the ledger for each key of `kind`. */
export async function latestDueTimes(db: Db, kind: RunKind): Promise<Map<string, Date>> {
  const rows = await db.scheduledRun.groupBy({ by: ["key"], where: { kind }, _max: { dueAt: true } });
  return new Map(rows.filter((r) => r._max.dueAt).map((r) => [r.key, new Date(r._max.dueAt!)]));
}

/**
 * Runs claimed before `claimedBefore` and never finished: their instance died mid-run. Taking one
 * over is a compare-and-set on claimed_at, so two survivors do not both take it; the outbox's
 * dedupe key keeps a run that had already reached the outbox from posting twice.
 */
export async function takeOverStaleRuns(db: Db, kind: RunKind, claimedBefore: Date, instanceId: string, now: Date): Promise<RunClaim[]> {
  const stale = await db.scheduledRun.findMany({ where: { kind, status: "claimed", claimedAt: { lt: claimedBefore } }, take: 100 });
  const taken: RunClaim[] = [];
  for (const row of stale) {
    const update = await db.scheduledRun.updateMany({
      where: { id: row.id, status: "claimed", claimedAt: row.claimedAt },
      data: { claimedBy: instanceId, claimedAt: now },
    });
    if (update.count === 1) taken.push({ id: row.id, kind, key: row.key, dueAt: new Date(row.dueAt) });
  }
  return taken;
}

/**
 * Due times of `key` recorded as missed after the previous posted run and before `dueAt`. A
 * queued run counts as posted: its post, delivered late, already names what was missed before it.
 */
export async function missedBefore(db: Db, kind: RunKind, key: string, dueAt: Date): Promise<Date[]> {
  const previous = await db.scheduledRun.findFirst({
    where: { kind, key, status: { in: ["posted", "queued"] }, dueAt: { lt: dueAt } }, orderBy: { dueAt: "desc" }, select: { dueAt: true },
  });
  const missed = await db.scheduledRun.findMany({
    where: { kind, key, status: "missed", dueAt: { lt: dueAt, ...(previous ? { gt: previous.dueAt } : {}) } },
    orderBy: { dueAt: "asc" }, select: { dueAt: true },
  });
  return missed.map((m) => new Date(m.dueAt));
}

export interface LatestRun { status: RunStatus; dueAt: Date }

/** The newest run of each of `keys` (what `schedules` says about the last run). */
export async function latestRuns(db: Db, kind: RunKind, keys: readonly string[]): Promise<Map<string, LatestRun>> {
  const rows = await Promise.all(keys.map((key) =>
    db.scheduledRun.findFirst({ where: { kind, key }, orderBy: { dueAt: "desc" }, select: { key: true, status: true, dueAt: true } })));
  return new Map(rows.filter((row) => row !== null).map((row) => [row.key, { status: row.status as RunStatus, dueAt: new Date(row.dueAt) }]));
}
