// The queries behind `today`: a count per tier and the rows of one slice of a tier, among the
// customers the viewer may see and the filter (the space's region) selects. Typed rows out.
import { z } from "zod";
import { Prisma } from "../../../prisma/generated/sqlite/client.js";
import { customerScope, unfiltered } from "../../analytics/scope.js";
import { visibleOwner } from "../../access/customerAccess.js";
import type { CustomerFilter, Viewer } from "../../analytics/filter.js";
import type { AnalyticsSettings } from "../../analytics/settings.js";
import { endOfDayAfter } from "../../calendarDays.js";
import { DAY_MS } from "../../clock.js";
import { ENDING_DAYS, NEWLY_SUSPENDED_DAYS, SOON_DAYS, type AttentionTier, type TierCounts, type TierSlice } from "../../attention/today.js";
import type { Db } from "../client.js";
import { PRODUCT_FAMILIES } from "../../model.js";
import { figure, instant, typedRows } from "../typedRows.js";

export interface AttentionQuery { db: Db; now: Date; viewer: Viewer; filter: CustomerFilter; settings: AnalyticsSettings }

const sql = Prisma.sql;

export const endingRow = z.object({
  subscriptionId: z.string(), customerId: z.string(), customerName: z.string(), type: z.string(), endAt: instant, licenses: figure,
});
export const overLimitRow = z.object({ subscriptionId: z.string(), customerId: z.string(), customerName: z.string(), bought: figure, assigned: figure });
export const suspendedRow = z.object({ customerId: z.string(), customerName: z.string(), subscriptions: figure });
const countRow = z.object({ n: figure });
const endBoundRow = z.object({ endAt: instant });

/** The rows of each tier, as a FROM … WHERE over `c` (customers) and `s` or `r`. `counting`:
 * for counts only, which need no customer row when the asker sees the whole partner (every
 * subscription and rollup row has its customer); PostgreSQL otherwise hashed all 50,000
 * customers for each count. */
async function tierSources(q: AttentionQuery, counting = false): Promise<Record<AttentionTier, Prisma.Sql>> {
  // A sales administrator's counts without a filter: their rule on the row's customer_id
  // (visibleOwner), not a join to customers and an EXISTS per row (72 ms for over-limit at 50,000).
  const alone = counting && unfiltered(q.filter);
  const scopeOf = (alias: "s" | "r") => (alone ? visibleOwner(q.viewer, `${alias}.customer_id`) : customerScope(q.filter, q.viewer, q.now, q.settings));
  const customers = (alias: "s" | "r") => (alone ? Prisma.empty : sql`JOIN customers c ON c.id = ${Prisma.raw(alias)}.customer_id`);
  const soonBound = endOfDayAfter(q.now, SOON_DAYS, q.settings.timeZone);
  const laterBound = endOfDayAfter(q.now, ENDING_DAYS, q.settings.timeZone);
  const ending = (from: Date, to: Date) => sql`subscriptions s ${customers("s")}
    WHERE s.status = 'active' AND s.auto_renew = false AND s.end_at > ${from} AND s.end_at < ${to} AND ${scopeOf("s")}`;
  return {
    soon: ending(q.now, soonBound),
    later: ending(new Date(soonBound.getTime() - 1), laterBound),
    // Naming every family lets the (family, overage) index find the over-limit lines.
    overLimit: sql`license_line_rollups r ${customers("r")}
      WHERE r.family IN (${Prisma.join([...PRODUCT_FAMILIES])}) AND r.overage > 0 AND (r.auto_renew = true OR r.end_at IS NULL OR r.end_at > ${q.now}) AND ${scopeOf("r")}`,
    suspended: sql`subscriptions s ${customers("s")}
      WHERE s.status = 'suspended' AND ${await newlySuspended(q)} AND ${scopeOf("s")}`,
  };
}

/**
 * Suspended since the latest dated snapshot at least 7 days old (it did not say suspended, or did
 * not list the subscription and the store changed it since); without such a snapshot, changed
 * in the store within the 7 days.
 */
async function newlySuspended(q: AttentionQuery): Promise<Prisma.Sql> {
  const since = new Date(q.now.getTime() - NEWLY_SUSPENDED_DAYS * DAY_MS);
  const [baseline] = await typedRows(q.db, "snapshot baseline", sql`SELECT MAX(taken_at) AS at FROM dated_snapshots WHERE taken_at <= ${since}`, z.object({ at: instant.nullable() }));
  if (!baseline?.at) return sql`s.updated_at >= ${since}`;
  // One probe per suspended subscription: its status in that snapshot, NULL when it was not
  // listed. As EXISTS / NOT EXISTS, PostgreSQL hashed the whole snapshot for a few hundred
  // subscriptions (51 → 6.5 ms at 10,000 customers); a LIMIT keeps the subquery per row.
  const before = sql`(SELECT d.status FROM dated_snapshots d WHERE d.taken_at = ${baseline.at} AND d.subscription_id = s.id LIMIT 1)`;
  return sql`COALESCE(${before} <> 'suspended', s.updated_at >= ${since})`;
}

export async function tierCounts(q: AttentionQuery): Promise<TierCounts> {
  const sources = await tierSources(q, true);
  const count = async (query: Prisma.Sql) => (await typedRows(q.db, "attention count", query, countRow))[0]?.n ?? 0;
  const [soon, suspended, overLimit, later] = await Promise.all([
    count(sql`SELECT COUNT(*) AS n FROM ${sources.soon}`),
    count(sql`SELECT COUNT(DISTINCT s.customer_id) AS n FROM ${sources.suspended}`),
    count(sql`SELECT COUNT(DISTINCT r.subscription_id) AS n FROM ${sources.overLimit}`),
    count(sql`SELECT COUNT(*) AS n FROM ${sources.later}`),
  ]);
  return { soon, suspended, overLimit, later };
}

export type EndingRow = z.infer<typeof endingRow>;
export type OverLimitRow = z.infer<typeof overLimitRow>;
export type SuspendedRow = z.infer<typeof suspendedRow>;
export type SliceRows =
  | { tier: "soon" | "later"; rows: EndingRow[] }
  | { tier: "overLimit"; rows: OverLimitRow[] }
  | { tier: "suspended"; rows: SuspendedRow[] };

export async function sliceRows(q: AttentionQuery, slice: TierSlice): Promise<SliceRows> {
  const sources = await tierSources(q);
  const page = sql`LIMIT ${slice.limit} OFFSET ${slice.offset}`;
  switch (slice.tier) {
    case "soon":
    case "later": {
      // The slice ends by the end date of the tier's row at its last position (ties included), read
      // by walking the (status, end_at) index that far: licenses, a sort key, are then summed
      // for those rows only, not for the whole tier (thousands at 50,000 customers).
      const [last] = await typedRows(q.db, "ending bound", sql`
        SELECT s.end_at AS "endAt" FROM ${sources[slice.tier]} ORDER BY s.end_at LIMIT 1 OFFSET ${slice.offset + slice.limit - 1}`, endBoundRow);
      const bounded = last ? sql`${sources[slice.tier]} AND s.end_at <= ${last.endAt}` : sources[slice.tier];
      return { tier: slice.tier, rows: await typedRows(q.db, "ending", sql`
        SELECT s.id AS "subscriptionId", c.id AS "customerId", c.name AS "customerName", s.type AS type, s.end_at AS "endAt",
          (SELECT COALESCE(SUM(l.total), 0) FROM license_lines l WHERE l.subscription_id = s.id) AS licenses
        FROM ${bounded} ORDER BY s.end_at, licenses DESC, c.name_key, s.id ${page}`, endingRow) };
    }
    case "overLimit":
      return { tier: "overLimit", rows: await typedRows(q.db, "over limit", sql`
        SELECT r.subscription_id AS "subscriptionId", c.id AS "customerId", c.name AS "customerName", SUM(r.total) AS bought, SUM(r.assigned) AS assigned
        FROM ${sources.overLimit} GROUP BY r.subscription_id, c.id, c.name, c.name_key
        ORDER BY SUM(r.overage) DESC, c.name_key, r.subscription_id ${page}`, overLimitRow) };
    case "suspended":
      return { tier: "suspended", rows: await typedRows(q.db, "newly suspended", sql`
        SELECT c.id AS "customerId", c.name AS "customerName", COUNT(*) AS subscriptions
        FROM ${sources.suspended} GROUP BY c.id, c.name, c.name_key ORDER BY c.name_key, c.id ${page}`, suspendedRow) };
  }
}
