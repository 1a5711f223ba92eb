// Queries over call_quality_weeks (measured call legs per customer and week, with the poor ones
// by the seed's rule): the scope's sums per week, and each customer's legs in one week.
import { z } from "zod";
import { Prisma } from "../../../prisma/generated/sqlite/client.js";
import type { Db } from "../client.js";
import { figure, instant, typedRows } from "../typedRows.js";
import { customerPoorCallsRow, type CustomerPoorRow } from "./callingWeekQueries.js";
import { callingCustomers, callingRestriction, type CallingScope } from "./scope.js";

const sql = Prisma.sql;

export const qualityWeekRow = z.object({
  weekStart: instant, legs: figure, poorLegs: figure,
  deskPhoneLegs: figure, deskPhonePoor: figure, roomDeviceLegs: figure, roomDevicePoor: figure,
  webexAppLegs: figure, webexAppPoor: figure, otherLegs: figure, otherPoor: figure,
});
export type QualityWeekRow = z.infer<typeof qualityWeekRow>;

const SUMS = ["legs", "poor_legs", "desk_phone_legs", "desk_phone_poor", "room_device_legs", "room_device_poor", "webex_app_legs", "webex_app_poor", "other_legs", "other_poor"];
const camel = (column: string) => column.replace(/_(\w)/g, (_, letter: string) => letter.toUpperCase());

/** The scope's measured legs per week in [first, last], weeks without any left out. */
export function qualityWeekTotals(db: Db, scope: CallingScope, first: Date, last: Date): Promise<QualityWeekRow[]> {
  const sums = Prisma.raw(SUMS.map((column) => `SUM(q.${column}) AS "${camel(column)}"`).join(", "));
  return typedRows(db, "call quality weeks", sql`
    SELECT q.week_start AS "weekStart", ${sums}
    FROM call_quality_weeks q
    WHERE q.week_start >= ${first} AND q.week_start <= ${last} AND ${callingCustomers("q", scope)}
    GROUP BY q.week_start ORDER BY q.week_start`, qualityWeekRow);
}

/** Per customer with measured legs in `week`: its legs and poor legs. */
export function customerPoorLegs(db: Db, scope: CallingScope, week: Date): Promise<CustomerPoorRow[]> {
  const { join, where } = callingRestriction("q", scope, true);
  return typedRows(db, "customer poor-quality legs", sql`
    SELECT c.id AS "customerId", c.name, c.name_key AS "nameKey", q.legs AS measured, q.poor_legs AS poor
    FROM call_quality_weeks q ${join}
    WHERE q.week_start = ${week} AND q.legs > 0 AND ${where}`, customerPoorCallsRow);
}
