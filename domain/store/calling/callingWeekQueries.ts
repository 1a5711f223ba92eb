// Queries over calling_weeks (the Calling detailed usage per customer and week): the usage of each
// customer in the last week and the week before, the features of each customer in one week, and
// the week-by-week totals of a scope. Each returns typed rows (typedRows.ts).
import { z } from "zod";
import { Prisma } from "../../../prisma/generated/sqlite/client.js";
import type { Db } from "../client.js";
import { figure, instant, typedRows } from "../typedRows.js";
import { callingCustomers, callingRestriction, type CallingScope } from "./scope.js";

const sql = Prisma.sql;

const customer = { customerId: z.string(), name: z.string(), nameKey: z.string() };

export const customerUsageRow = z.object({
  ...customer,
  weeksWithData: figure,
  calls: figure, legs: figure, minutes: figure, videoMinutes: figure, hasLast: figure,
  callsBefore: figure, hasBefore: figure,
});
export type CustomerUsageRow = z.infer<typeof customerUsageRow>;

/** Per customer with usage in either week: last week's figures, and the week before's calls. */
export function customerUsage(db: Db, scope: CallingScope, last: Date, before: Date): Promise<CustomerUsageRow[]> {
  const { join, where } = callingRestriction("w", scope, true);
  const inLast = (column: string) => sql`SUM(CASE WHEN week_start = ${last} THEN ${Prisma.raw(column)} ELSE 0 END)`;
  // Summed per customer id first (through the covering week index), named after: grouping the
  // joined rows by the customers' text columns cost as much again.
  return typedRows(db, "customer usage", sql`
    SELECT c.id AS "customerId", c.name, c.name_key AS "nameKey", w.weeks AS "weeksWithData", w.calls, w.legs, w.minutes, w.video AS "videoMinutes",
      w.has_last AS "hasLast", w.calls_before AS "callsBefore", w.has_before AS "hasBefore"
    FROM (SELECT customer_id, COUNT(*) AS weeks, ${inLast("total_calls")} AS calls, ${inLast("call_legs")} AS legs, ${inLast("call_minutes")} AS minutes,
        ${inLast("video_minutes")} AS video, SUM(CASE WHEN week_start = ${last} THEN 1 ELSE 0 END) AS has_last,
        SUM(CASE WHEN week_start = ${before} THEN total_calls ELSE 0 END) AS calls_before, SUM(CASE WHEN week_start = ${before} THEN 1 ELSE 0 END) AS has_before
      FROM calling_weeks WHERE week_start IN (${last}, ${before}) GROUP BY customer_id) w ${join}
    WHERE ${where}`, customerUsageRow);
}

export const customerFeaturesRow = z.object({ ...customer, totalCalls: figure, huntGroup: figure, autoAttendant: figure, callQueue: figure });
export type CustomerFeaturesRow = z.infer<typeof customerFeaturesRow>;

/**
 * Per customer with call queues in `week` (the seeds: the feature view covers only customers
 * with the call queue feature; a queue shows as queue calls in the usage report or as a week of
 * queue statistics): the calls that used each feature.
 */
export function customerFeatures(db: Db, scope: CallingScope, week: Date): Promise<CustomerFeaturesRow[]> {
  const { join, where } = callingRestriction("w", scope, true);
  return typedRows(db, "customer features", sql`
    SELECT c.id AS "customerId", c.name, c.name_key AS "nameKey", w.total_calls AS "totalCalls", w.hunt_group_calls AS "huntGroup",
      w.auto_attendant_calls AS "autoAttendant", w.call_queue_calls AS "callQueue"
    FROM calling_weeks w ${join}
    WHERE w.week_start = ${week} AND ${where}
      AND (w.call_queue_calls > 0 OR EXISTS (SELECT 1 FROM call_queue_weeks q WHERE q.customer_id = w.customer_id AND q.week_start = w.week_start))`,
  customerFeaturesRow);
}

export const weekTotalsRow = z.object({
  weekStart: instant, customers: figure, totalCalls: figure, callLegs: figure, callMinutes: figure, videoMinutes: figure,
  poorQualityCalls: figure, legsDeskPhone: figure, legsRoomDevice: figure, legsOtherDevices: figure,
  huntGroupCalls: figure, autoAttendantCalls: figure, callQueueCalls: figure,
});
export type WeekTotalsRow = z.infer<typeof weekTotalsRow>;

/** The scope's sums per week, for the weeks in [first, last] that have usage. */
export function weekTotals(db: Db, scope: CallingScope, first: Date, last: Date): Promise<WeekTotalsRow[]> {
  return typedRows(db, "calling week totals", sql`
    SELECT w.week_start AS "weekStart", COUNT(*) AS customers, SUM(w.total_calls) AS "totalCalls", SUM(w.call_legs) AS "callLegs",
      SUM(w.call_minutes) AS "callMinutes", SUM(w.video_minutes) AS "videoMinutes", SUM(w.poor_quality_calls) AS "poorQualityCalls",
      SUM(w.legs_desk_phone) AS "legsDeskPhone", SUM(w.legs_room_device) AS "legsRoomDevice", SUM(w.legs_other_devices) AS "legsOtherDevices",
      SUM(w.hunt_group_calls) AS "huntGroupCalls", SUM(w.auto_attendant_calls) AS "autoAttendantCalls", SUM(w.call_queue_calls) AS "callQueueCalls"
    FROM calling_weeks w
    WHERE w.week_start >= ${first} AND w.week_start <= ${last} AND ${callingCustomers("w", scope)}
    GROUP BY w.week_start ORDER BY w.week_start`, weekTotalsRow);
}

export const customerPoorCallsRow = z.object({ ...customer, measured: figure, poor: figure });
export type CustomerPoorRow = z.infer<typeof customerPoorCallsRow>;

/** Per customer with calls in `week`: the report's calls and poor-quality calls. */
export function customerPoorCalls(db: Db, scope: CallingScope, week: Date): Promise<CustomerPoorRow[]> {
  const { join, where } = callingRestriction("w", scope, true);
  return typedRows(db, "customer poor-quality calls", sql`
    SELECT c.id AS "customerId", c.name, c.name_key AS "nameKey", w.total_calls AS measured, w.poor_quality_calls AS poor
    FROM calling_weeks w ${join}
    WHERE w.week_start = ${week} AND w.total_calls > 0 AND ${where}`, customerPoorCallsRow);
}
