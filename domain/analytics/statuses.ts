/**
 * Customer statuses (Partner Hub's customer list). A customer shows every status that holds,
 * most urgent first (CUSTOMER_STATUSES order). With `now` injected and the settings:
 *
 * - A subscription or trial is *in force* when its stored status is `active` and it has not
 *   run out: it auto-renews, has no end date, or ends after `now`. A subscription whose end
 *   date has passed while its stored status is still `active` (the next report has not
 *   arrived yet) is treated as ended unless it auto-renews: auto-renewing ones are assumed
 *   renewed until a report says otherwise. An end date exactly equal to `now` has ended.
 * - trial: a trial (type `trial`) is in force.
 * - active ("Subscription"): a subscription (type `subscription`) is in force.
 * - expiringSoon: an `active`, non-auto-renewing subscription or trial ends in
 *   within expiringSoonDays calendar days of today in the asking space's time zone (7 by
 *   default: an end at any hour of the 7th day counts, none on the 8th; calendarDays.ts).
 * - licenseOverage: a line of a subscription that is active, suspended or pending setup has
 *   more licenses assigned than bought. Judged on the stored state, whatever the end date:
 *   assigned licenses stay assigned until the org is deprovisioned.
 * - noRecentActivity: the last Control Hub sign-in of any of its administrators is at least
 *   inactivityDays (30) calendar days before today. An unknown last sign-in (no report carries it) is not
 *   reported as inactivity: the bot does not claim what it does not know.
 * - readyForOrderSetup: a subscription is `pending_setup`.
 * - suspended: a subscription is `suspended` (not paid).
 * - expired: nothing is in force and nothing is suspended or pending setup; this includes
 *   a customer without any subscription (the seed: "has no active subscription").
 *
 * Suspended, pending-setup and overage come from the rollup columns (rollups.ts), which do not
 * depend on time; trial, active and expired compare time-free rollup bounds with `now`; expiring
 * soon looks at subscriptions only for customers whose bounds straddle `now`.
 */
import { Prisma } from "../../prisma/generated/sqlite/client.js";
import { CUSTOMER_STATUSES, type CustomerStatus } from "../model.js";
import type { AnalyticsSettings } from "./settings.js";
import { endOfDayAfter, startOfDayBefore } from "../calendarDays.js";

const sql = Prisma.sql;

/** An active trial (subscription) in force at `now`: one without an end, or the latest dated one
 * ends after `now` (rollups.ts keeps both per customer). Never NULL: `expired` negates it. */
function liveOfType(type: "trial" | "subscription", now: Date): Prisma.Sql {
  return type === "trial"
    ? sql`(c.open_ended_trials > 0 OR (c.last_trial_end_at IS NOT NULL AND c.last_trial_end_at > ${now}))`
    : sql`(c.open_ended_subscriptions > 0 OR (c.last_subscription_end_at IS NOT NULL AND c.last_subscription_end_at > ${now}))`;
}

/** The SQL condition on `c` (customers) for one status at `now`. */
export function statusCondition(status: CustomerStatus, now: Date, settings: AnalyticsSettings): Prisma.Sql {
  switch (status) {
    case "suspended":
      return sql`c.suspended_count > 0`;
    case "readyForOrderSetup":
      return sql`c.pending_setup_count > 0`;
    case "licenseOverage":
      return sql`c.overage_lines > 0`;
    case "noRecentActivity":
      return sql`(c.last_admin_activity_at IS NOT NULL AND c.last_admin_activity_at < ${startOfDayBefore(now, settings.inactivityDays - 1, settings.timeZone)})`;
    case "trial":
      return liveOfType("trial", now);
    case "active":
      return liveOfType("subscription", now);
    case "expiringSoon":
      return expiringSoon(now, settings, false);
    case "expired":
      return sql`(c.suspended_count = 0 AND c.pending_setup_count = 0 AND NOT (${statusCondition("trial", now, settings)})
        AND NOT (${statusCondition("active", now, settings)}))`;
  }
}

/**
 * The condition of a status filter (`customers status:expiring,…`): as statusCondition, but
 * expiring soon names its customers through the subscriptions that end in the window (an index
 * range) instead of testing every customer: with an OR of statuses the filter's count then reads
 * index ranges, where it scanned all customers (32 ms → 6 ms at 50,000 customers on SQLite).
 * Not for per-row tests of a few customers (statusColumns), where the probe per row is cheaper.
 */
export function statusFilter(status: CustomerStatus, now: Date, settings: AnalyticsSettings): Prisma.Sql {
  if (status !== "expiringSoon") return statusCondition(status, now, settings);
  return sql`c.id IN (SELECT s.customer_id FROM subscriptions s WHERE ${endingSoon(now, settings).subscription})`;
}

/** The expiring-soon window's end, and the condition on `s` of a subscription or trial ending in it. */
function endingSoon(now: Date, settings: AnalyticsSettings): { soon: Date; subscription: Prisma.Sql } {
  const soon = endOfDayAfter(now, settings.expiringSoonDays, settings.timeZone);
  return { soon, subscription: sql`s.status = 'active' AND s.auto_renew = false AND s.end_at > ${now} AND s.end_at < ${soon}` };
}

/** `perRow`: the subscription looked up for each customer in turn, which PostgreSQL cannot turn
 * into a join: a query that walks customers in an index order and stops at a LIMIT then reads a
 * few customers, where the EXISTS became a join over all 5,000 expiring-soon subscriptions. */
function expiringSoon(now: Date, settings: AnalyticsSettings, perRow: boolean): Prisma.Sql {
  const { soon, subscription } = endingSoon(now, settings);
  const ending = sql`SELECT 1 FROM subscriptions s WHERE s.customer_id = c.id AND ${subscription}`;
  // The rollup bounds leave the subquery to customers with an end on each side of `now`.
  return sql`(c.next_end_at < ${soon} AND c.last_end_at > ${now} AND ${perRow ? sql`(${ending} LIMIT 1) IS NOT NULL` : sql`EXISTS (${ending})`})`;
}

/** Columns `st_<rank>` (1 or 0) for a SELECT list, one per status (PostgreSQL folds unquoted
 * names to lower case, so the columns are named by urgency rank rather than by status). */
export function statusColumns(now: Date, settings: AnalyticsSettings): Prisma.Sql {
  return Prisma.join(
    CUSTOMER_STATUSES.map((status, rank) => sql`CASE WHEN ${statusCondition(status, now, settings)} THEN 1 ELSE 0 END AS ${Prisma.raw(`st_${rank}`)}`),
  );
}

/** The rank of the most urgent status (0 = suspended ... 8 = none), for ORDER BY. */
export function urgencyRank(now: Date, settings: AnalyticsSettings): Prisma.Sql {
  const whens = CUSTOMER_STATUSES.map((status, rank) => sql`WHEN ${statusCondition(status, now, settings)} THEN ${Prisma.raw(String(rank))}`);
  return sql`CASE ${Prisma.join(whens, " ")} ELSE ${Prisma.raw(String(CUSTOMER_STATUSES.length))} END`;
}

/**
 * The order of the customer list: what a partner can still act on first. Expiring soon and over
 * the limit (a renewal or a true-up saves them), then an order to set up and a trial to convert,
 * then suspended (unpaid), then the quiet ones, and expired customers last.
 */
export const ACTION_ORDER: readonly CustomerStatus[] = [
  "expiringSoon", "licenseOverage", "readyForOrderSetup", "trial", "suspended", "noRecentActivity", "active", "expired",
];
/** The order the ranks are decided in: an expired customer is ranked as expired, whatever its
 * inactivity says (nothing is left to use). */
const RANK_DECIDED_BY: readonly CustomerStatus[] = [
  "expiringSoon", "licenseOverage", "readyForOrderSetup", "trial", "suspended", "expired", "noRecentActivity", "active",
];

/**
 * The customer list's order, as parts to read one after the other: the first actionable status,
 * then the soonest coming end (customers without one after their peers), then the most recently
 * ended (among expired customers the ones that ended lately, still worth a call, come first).
 * Each rank's customers (its status, and none decided before it) with a coming end, then without
 * one, each with the rest of the order. A page reads parts until it has its rows: the first page
 * of 50,000 customers walks the expiring-soon customers by their next end instead of ranking
 * them all (one CASE ranking every customer cost PostgreSQL 50 ms).
 */
export function actionOrderParts(now: Date, settings: AnalyticsSettings): { where: Prisma.Sql; order: Prisma.Sql }[] {
  const undecided = (statuses: readonly CustomerStatus[]) => statuses.map((status) => sql`(${statusCondition(status, now, settings)}) IS NOT TRUE`);
  const ranks = ACTION_ORDER.map((status) => {
    const before = RANK_DECIDED_BY.slice(0, RANK_DECIDED_BY.indexOf(status));
    const holds = status === "expiringSoon" ? expiringSoon(now, settings, true) : statusCondition(status, now, settings);
    return Prisma.join([holds, ...undecided(before)], " AND ");
  });
  ranks.push(Prisma.join(undecided(RANK_DECIDED_BY), " AND "));
  const ended = sql`CASE WHEN c.last_end_at IS NULL THEN 1 ELSE 0 END, c.last_end_at DESC, c.name_key, c.id`;
  return ranks.flatMap((rank) => [
    { where: sql`(${rank}) AND c.next_end_at > ${now}`, order: sql`c.next_end_at, ${ended}` },
    { where: sql`(${rank}) AND (c.next_end_at > ${now}) IS NOT TRUE`, order: ended },
  ]);
}

/** The statuses of a row that holds the `st_<rank>` columns, most urgent first. */
export function statusesOfRow(row: Record<string, unknown>): CustomerStatus[] {
  return CUSTOMER_STATUSES.filter((_, rank) => Number(row[`st_${rank}`]) === 1);
}
