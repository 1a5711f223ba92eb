// The queries behind `changes`: which two snapshot dates to compare, and, among the customers
// the viewer may see and the filter selects, only the rows that may have changed between them
// (the rules in domain/attention/changes.ts decide what each means). Typed rows out.
import { z } from "zod";
import { Prisma } from "../../../prisma/generated/sqlite/client.js";
import { customerScope } from "../../analytics/scope.js";
import { endOfDayAfter } from "../../calendarDays.js";
import { DAY_MS } from "../../clock.js";
import { ENDING_DAYS } from "../../attention/today.js";
import type { CustomerTotals, SubscriptionPair } from "../../attention/changes.js";
import { bool } from "../../analytics/values.js";
import type { AttentionQuery } from "./todayQueries.js";
import { figure, instant, typedRows } from "../typedRows.js";

const sql = Prisma.sql;
const at = z.object({ at: instant.nullable() });
const flag = z.unknown().transform(bool);

export interface SnapshotDates {
  /** The newest snapshot; null when no report has landed since snapshots began. */
  now: Date | null;
  /** The newest snapshot on or before the calendar day `days` before it; null when there is none. */
  before: Date | null;
  /** The oldest snapshot, to say how far back `changes` can look. */
  oldest: Date | null;
}

export async function snapshotDates(q: Pick<AttentionQuery, "db" | "settings">, days: number): Promise<SnapshotDates> {
  const [newest] = await typedRows(q.db, "newest snapshot", sql`SELECT MAX(taken_at) AS at FROM dated_snapshots`, at);
  if (!newest?.at) return { now: null, before: null, oldest: null };
  const cutoff = endOfDayAfter(newest.at, -days, q.settings.timeZone);
  const [before] = await typedRows(q.db, "earlier snapshot", sql`SELECT MAX(taken_at) AS at FROM dated_snapshots WHERE taken_at < ${cutoff}`, at);
  const [oldest] = await typedRows(q.db, "oldest snapshot", sql`SELECT MIN(taken_at) AS at FROM dated_snapshots`, at);
  return { now: newest.at, before: before?.at ?? null, oldest: oldest?.at ?? null };
}

const pairRow = z.object({
  subscriptionId: z.string(), customerId: z.string(), customerName: z.string(), type: z.string(),
  status: z.string(), endAt: instant.nullable(), autoRenew: flag, overage: figure,
  beforeId: z.string().nullable(), beforeStatus: z.string().nullable(), beforeEndAt: instant.nullable(), beforeAutoRenew: flag, beforeOverage: figure.nullable(),
});

const expiring = (alias: string, from: Date) => {
  const a = Prisma.raw(alias);
  return sql`(${a}.status = 'active' AND ${a}.auto_renew = false AND ${a}.end_at > ${from} AND ${a}.end_at <= ${new Date(from.getTime() + ENDING_DAYS * DAY_MS)})`;
};

/** Subscriptions of the newer snapshot whose status, overage, expiry or auto-renew may differ from the older one. */
export async function changedSubscriptions(q: AttentionQuery, dates: { now: Date; before: Date }): Promise<SubscriptionPair[]> {
  const rows = await typedRows(q.db, "changed subscriptions", sql`
    SELECT n.subscription_id AS "subscriptionId", c.id AS "customerId", c.name AS "customerName", n.type AS type,
      n.status AS status, n.end_at AS "endAt", n.auto_renew AS "autoRenew", n.overage AS overage,
      o.subscription_id AS "beforeId", o.status AS "beforeStatus", o.end_at AS "beforeEndAt", o.auto_renew AS "beforeAutoRenew", o.overage AS "beforeOverage"
    FROM dated_snapshots n JOIN customers c ON c.id = n.customer_id
    LEFT JOIN dated_snapshots o ON o.taken_at = ${dates.before} AND o.subscription_id = n.subscription_id
    WHERE n.taken_at = ${dates.now} AND ${customerScope(q.filter, q.viewer, q.now, q.settings)} AND (
      (o.status = 'active' AND n.status IN ('suspended', 'expired', 'cancelled'))
      OR (n.overage > 0 AND n.status = 'active' AND (o.overage IS NULL OR o.overage = 0))
      OR (${expiring("n", dates.now)} AND (o.subscription_id IS NULL OR NOT ${expiring("o", dates.before)}))
      OR (o.auto_renew = true AND n.auto_renew = false AND n.status = 'active'))`, pairRow);
  return rows.map((r) => ({
    subscriptionId: r.subscriptionId, customerId: r.customerId, customerName: r.customerName, trial: r.type === "trial",
    now: { status: r.status, endAt: r.endAt, autoRenew: r.autoRenew, overage: r.overage },
    before: r.beforeId === null ? null : { status: r.beforeStatus ?? "", endAt: r.beforeEndAt, autoRenew: r.beforeAutoRenew, overage: r.beforeOverage ?? 0 },
  }));
}

const totalsRow = z.object({ customerId: z.string(), customerName: z.string(), now: figure, before: figure });

// Licenses of the live subscriptions on each date (not expired or cancelled), summed per customer:
// a suspension is reported as a status change, not as licenses lost.
const totalsOn = (date: Date) => sql`SELECT customer_id, SUM(CASE WHEN status IN ('active', 'suspended', 'pending_setup') THEN total ELSE 0 END) AS total
  FROM dated_snapshots WHERE taken_at = ${date} GROUP BY customer_id`;

/** Customers listed on both dates whose active licenses moved by 10 % or more. */
export function changedTotals(q: AttentionQuery, dates: { now: Date; before: Date }): Promise<CustomerTotals[]> {
  return typedRows(q.db, "license totals", sql`
    SELECT c.id AS "customerId", c.name AS "customerName", n.total AS now, o.total AS before
    FROM (${totalsOn(dates.now)}) n JOIN (${totalsOn(dates.before)}) o ON o.customer_id = n.customer_id
    JOIN customers c ON c.id = n.customer_id
    WHERE n.total <> o.total AND (n.total * 10 >= o.total * 11 OR n.total * 10 <= o.total * 9)
      AND ${customerScope(q.filter, q.viewer, q.now, q.settings)}`, totalsRow);
}

const newCustomerRow = z.object({ customerId: z.string(), customerName: z.string() });

/** Customers the newer snapshot lists and the older one does not. */
export function newCustomers(q: AttentionQuery, dates: { now: Date; before: Date }): Promise<Array<z.infer<typeof newCustomerRow>>> {
  return typedRows(q.db, "new customers", sql`
    SELECT c.id AS "customerId", c.name AS "customerName" FROM customers c
    WHERE EXISTS (SELECT 1 FROM dated_snapshots n WHERE n.taken_at = ${dates.now} AND n.customer_id = c.id)
      AND NOT EXISTS (SELECT 1 FROM dated_snapshots o WHERE o.taken_at = ${dates.before} AND o.customer_id = c.id)
      AND ${customerScope(q.filter, q.viewer, q.now, q.settings)}`, newCustomerRow);
}
