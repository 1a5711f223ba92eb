// The daily alert scan of one space: subscriptions and trials that reached a threshold
// (days before they end), subscriptions newly over their license limit, customers newly
// suspended. Each (space, subject, threshold) is alerted once, ever (alert_ledger). An expiry
// subject is the subscription *and its end date*: a renewed subscription with a new end date
// is warned again as it nears the new one. Auto-renewing subscriptions do not lapse and are
// not warned about.
import { Prisma } from "../../prisma/generated/sqlite/client.js";
import type { Db } from "../store/client.js";
import { DAY_MS } from "../clock.js";
import { customerScope, inForce } from "../analytics/scope.js";
import { DEFAULT_ANALYTICS_SETTINGS } from "../analytics/settings.js";
import type { CustomerFilter, Viewer } from "../analytics/filter.js";
import { num, toDate } from "../analytics/values.js";
import { calendarDaysBetween, endOfDayAfter } from "../calendarDays.js";
import { crossedThreshold } from "./thresholds.js";
import { insertRows } from "../import/tx.js";

export interface ExpiryFinding {
  subjectId: string;
  customerName: string;
  subscriptionId: string;
  type: "subscription" | "trial";
  endAt: Date;
  daysLeft: number;
  threshold: number;
}
export interface OverageFinding { subjectId: string; customerName: string; subscriptionId: string; overage: number }
export interface SuspendedFinding { subjectId: string; customerName: string; region: string }

export interface AlertFindings {
  expiring: ExpiryFinding[];
  overages: OverageFinding[];
  suspended: SuspendedFinding[];
}

export interface AlertScope {
  spaceId: string;
  now: Date;
  thresholds: readonly number[];
  /** Whose customers the space may hear about (see domain/alerts/audience.ts). */
  viewer: Viewer;
  filter: CustomerFilter;
  /** The space's time zone: days left are its calendar days. */
  timeZone: string;
}

export const findingCount = (f: AlertFindings): number => f.expiring.length + f.overages.length + f.suspended.length;

/** Ledger rows that can still matter: an expiry alert for an end date after `now` was made less than max(threshold) days ago. */
async function alertedKeys(db: Db, scope: AlertScope): Promise<Set<string>> {
  const since = new Date(scope.now.getTime() - (Math.max(...scope.thresholds) + 1) * DAY_MS);
  const [recentExpiry, others] = await Promise.all([
    db.alertLedger.findMany({ where: { spaceId: scope.spaceId, subjectType: "expiry", alertedAt: { gte: since } }, select: { subjectId: true, threshold: true } }),
    db.alertLedger.findMany({ where: { spaceId: scope.spaceId, subjectType: { in: ["overage", "suspended"] } }, select: { subjectType: true, subjectId: true } }),
  ]);
  return new Set([
    ...recentExpiry.map((r) => `expiry|${r.subjectId}|${r.threshold}`),
    ...others.map((r) => `${r.subjectType}|${r.subjectId}|0`),
  ]);
}

export async function scanAlerts(db: Db, scope: AlertScope): Promise<AlertFindings> {
  const { now } = scope;
  const customers = customerScope(scope.filter, scope.viewer, now, DEFAULT_ANALYTICS_SETTINGS);
  const windowEnd = endOfDayAfter(now, Math.max(...scope.thresholds), scope.timeZone);
  const [alerted, ending, over, suspended] = await Promise.all([
    alertedKeys(db, scope),
    db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
      SELECT s.id, s.type, s.end_at, c.name FROM subscriptions s JOIN customers c ON c.id = s.customer_id
      WHERE s.status = 'active' AND s.auto_renew = false AND s.end_at > ${now} AND s.end_at <= ${windowEnd} AND ${customers}`),
    db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
      SELECT s.id, c.name, SUM(l.assigned - l.total) AS overage FROM subscriptions s
      JOIN customers c ON c.id = s.customer_id JOIN license_lines l ON l.subscription_id = s.id
      WHERE ${inForce(now)} AND l.assigned > l.total AND ${customers} GROUP BY s.id, c.name`),
    db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
      SELECT c.id, c.name, c.region FROM customers c WHERE c.suspended_count > 0 AND ${customers}`),
  ]);
  const expiring: ExpiryFinding[] = [];
  for (const row of ending) {
    const endAt = toDate(row.end_at);
    const daysLeft = calendarDaysBetween(now, endAt, scope.timeZone);
    const threshold = crossedThreshold(scope.thresholds, daysLeft);
    const subjectId = `${String(row.id)}@${endAt.toISOString().slice(0, 10)}`;
    if (threshold === undefined || alerted.has(`expiry|${subjectId}|${threshold}`)) continue;
    expiring.push({ subjectId, customerName: String(row.name), subscriptionId: String(row.id), type: row.type === "trial" ? "trial" : "subscription", endAt, daysLeft, threshold });
  }
  expiring.sort((a, b) => a.endAt.getTime() - b.endAt.getTime() || a.customerName.localeCompare(b.customerName));
  return {
    expiring,
    overages: over.filter((r) => !alerted.has(`overage|${String(r.id)}|0`))
      .map((r) => ({ subjectId: String(r.id), customerName: String(r.name), subscriptionId: String(r.id), overage: num(r.overage) }))
      .sort((a, b) => b.overage - a.overage),
    suspended: suspended.filter((r) => !alerted.has(`suspended|${String(r.id)}|0`))
      .map((r) => ({ subjectId: String(r.id), customerName: String(r.name), region: String(r.region) }))
      .sort((a, b) => a.customerName.localeCompare(b.customerName)),
  };
}

/** Writes the findings to the ledger, so that the next scan (of any instance) does not repeat them. */
export async function recordAlerts(db: Db, spaceId: string, findings: AlertFindings, now: Date): Promise<void> {
  const rows = [
    ...findings.expiring.map((f) => [spaceId, "expiry", f.subjectId, f.threshold, now]),
    ...findings.overages.map((f) => [spaceId, "overage", f.subjectId, 0, now]),
    ...findings.suspended.map((f) => [spaceId, "suspended", f.subjectId, 0, now]),
  ];
  // The scan run was claimed exclusively, so no other writer adds these keys meanwhile. The
  // first scan of a space writes thousands of rows: createMany took 1.3 s for 10,000 on
  // PostgreSQL (bench/alerts.bench.ts), the JSON bulk insert of the imports a fraction of it.
  // One transaction: a ledger written in part would let the next scan repeat what was posted.
  await db.$transaction((tx) => insertRows(tx, "alert_ledger", ["space_id", "subject_type", "subject_id", "threshold", "alerted_at"], rows));
}
