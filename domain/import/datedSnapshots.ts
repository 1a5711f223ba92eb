// Every subscription details report that lands (a file, the CLI, or sync) leaves what it said,
// dated with its calculation date, in two places written here from the same rows:
// - dated_snapshots: each subscription's status, end, auto-renew and summed licenses on that
//   date, which `changes` compares between two dates and `today` reads for "newly suspended";
// - license_snapshots: each license line in the week of that date, the one weekly license
//   history the trend (license_weeks) is summed from.
// A rewritten date drops the kept changes it is part of (dated_changes).
// Written from the report's rows rather than from the store, so an older report imported after
// a newer one records what was true on its own date. Runs inside the landing transaction.
import { Prisma } from "../../prisma/generated/sqlite/client.js";
import { weekStartOf } from "../calendar.js";
import { DAY_MS } from "../clock.js";
import { refreshLicenseWeek } from "../analytics/licenseWeeks.js";
import type { SubscriptionDetailsRow } from "./kinds/subscriptionDetails.js";
import { clientEngine, storedValue } from "../store/engine.js";
import { chunks, insertRows, type Tx } from "./tx.js";

/** Snapshots older than this are dropped when a newer one is written: `changes` looks back at most 90 days. */
export const SNAPSHOT_KEEP_DAYS = 400;

/** `refreshWeek: false` leaves settleDatedSnapshots to the caller, who lands a file in batches
 * and settles once after the last (refreshAfterLanding) rather than once per batch. */
export async function recordDatedSnapshot(tx: Tx, rows: readonly SubscriptionDetailsRow[], takenAt: Date, options: { refreshWeek: boolean } = { refreshWeek: true }): Promise<void> {
  if (rows.length === 0) return;
  const bySubscription = new Map<string, SubscriptionDetailsRow>();
  for (const row of rows) bySubscription.set(row.subscriptionId, row);
  const ids = [...bySubscription.keys()];
  const week = weekStartOf(takenAt);
  for (const chunk of chunks(ids)) {
    await tx.$executeRaw(Prisma.sql`DELETE FROM dated_snapshots WHERE taken_at = ${takenAt} AND subscription_id IN (${Prisma.join(chunk)})`);
    await tx.$executeRaw(Prisma.sql`DELETE FROM license_snapshots WHERE week_start = ${week} AND subscription_id IN (${Prisma.join(chunk)})`);
  }
  await insertRows(tx, "dated_snapshots", ["taken_at", "subscription_id", "customer_id", "type", "status", "end_at", "auto_renew", "total", "assigned", "overage"],
    [...bySubscription.values()].map((r) => {
      const sum = (pick: (l: SubscriptionDetailsRow["licenses"][number]) => number) => r.licenses.reduce((n, l) => n + pick(l), 0);
      return [takenAt, r.subscriptionId, r.orgId, r.type, r.status, r.endAt, r.autoRenew, sum((l) => l.total), sum((l) => l.assigned), sum((l) => Math.max(0, l.assigned - l.total))];
    }));
  await insertRows(tx, "license_snapshots", ["subscription_id", "product", "week_start", "total", "assigned", "used"],
    [...bySubscription.values()].flatMap((r) => r.licenses.map((l) => [r.subscriptionId, l.product, week, l.total, l.assigned, l.used])));
  // The kept differences of this date (domain/store/attention/changeSets.ts) are no longer true.
  for (const table of ["dated_changes", "dated_change_sets"]) {
    await tx.$executeRaw(Prisma.sql`DELETE FROM ${Prisma.raw(table)} WHERE newer_at = ${takenAt} OR older_at = ${takenAt}`);
  }
  if (options.refreshWeek) await settleDatedSnapshots(tx, takenAt);
}

/**
 * The same, from a report staged in the import tables (importTables.ts): every subscription
 * the report lists, from the row landSubscriptions.ts took its figures from, in four statements.
 */
export async function recordStagedSnapshots(tx: Tx, takenAt: Date): Promise<void> {
  const engine = clientEngine(tx);
  const cast = Prisma.raw(engine === "postgres" ? "::timestamp(3)" : "");
  const at = Prisma.sql`${storedValue(takenAt, engine)}${cast}`;
  const week = Prisma.sql`${storedValue(weekStartOf(takenAt), engine)}${cast}`;
  await tx.$executeRaw(Prisma.sql`DELETE FROM dated_snapshots WHERE taken_at = ${at} AND subscription_id IN (SELECT id FROM import_subscriptions)`);
  await tx.$executeRaw(Prisma.sql`DELETE FROM license_snapshots WHERE week_start = ${week} AND subscription_id IN (SELECT id FROM import_subscriptions)`);
  await tx.$executeRaw(Prisma.sql`INSERT INTO dated_snapshots (taken_at, subscription_id, customer_id, type, status, end_at, auto_renew, total, assigned, overage)
    SELECT ${at}, s.id, s.customer_id, s.type, s.status, s.end_at, s.auto_renew,
      COALESCE(SUM(l.total), 0), COALESCE(SUM(l.assigned), 0), COALESCE(SUM(CASE WHEN l.assigned > l.total THEN l.assigned - l.total ELSE 0 END), 0)
    FROM import_subscriptions s LEFT JOIN import_lines l ON l.subscription_id = s.id AND l.seq = s.seq
    GROUP BY s.id, s.customer_id, s.type, s.status, s.end_at, s.auto_renew ORDER BY s.id`);
  await tx.$executeRaw(Prisma.sql`INSERT INTO license_snapshots (subscription_id, product, week_start, total, assigned, used)
    SELECT l.subscription_id, l.product, ${week}, l.total, l.assigned, l.used
    FROM import_subscriptions s JOIN import_lines l ON l.subscription_id = s.id AND l.seq = s.seq ORDER BY l.subscription_id, l.product`);
  for (const table of ["dated_changes", "dated_change_sets"]) {
    await tx.$executeRaw(Prisma.sql`DELETE FROM ${Prisma.raw(table)} WHERE newer_at = ${at} OR older_at = ${at}`);
  }
}

/** Sums the week of `takenAt` into license_weeks (unless already done) and drops snapshots past SNAPSHOT_KEEP_DAYS. */
export async function settleDatedSnapshots(tx: Tx, takenAt: Date, options: { weekSummed?: boolean } = {}): Promise<void> {
  // `weekSummed`: the rollups were just rewritten whole, license_weeks with every week.
  if (!options.weekSummed) await refreshLicenseWeek(tx, weekStartOf(takenAt));
  const cutoff = new Date(takenAt.getTime() - SNAPSHOT_KEEP_DAYS * DAY_MS);
  await tx.$executeRaw(Prisma.sql`DELETE FROM dated_snapshots WHERE taken_at < ${cutoff}`);
  for (const table of ["dated_changes", "dated_change_sets"]) await tx.$executeRaw(Prisma.sql`DELETE FROM ${Prisma.raw(table)} WHERE older_at < ${cutoff}`);
}
