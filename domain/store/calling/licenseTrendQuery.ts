// The license distribution trend's query: used, assigned and available licenses of one analytics
// family per week, summed over the customers in scope from the license_weeks rollup.
import { z } from "zod";
import { Prisma } from "../../../prisma/generated/sqlite/client.js";
import type { AnalyticsFamily } from "../../analytics/types.js";
import type { Db } from "../client.js";
import { figure, instant, typedRows } from "../typedRows.js";
import { callingCustomers, type CallingScope } from "./scope.js";

export const licenseWeekRow = z.object({ weekStart: instant, total: figure, assigned: figure, used: figure, available: figure });
export type LicenseWeekRow = z.infer<typeof licenseWeekRow>;

export function licenseWeekTotals(db: Db, scope: CallingScope, family: AnalyticsFamily, first: Date, last: Date): Promise<LicenseWeekRow[]> {
  return typedRows(db, "license weeks", Prisma.sql`
    SELECT lw.week_start AS "weekStart", SUM(lw.total) AS total, SUM(lw.assigned) AS assigned, SUM(lw.used) AS used, SUM(lw.available) AS available
    FROM license_weeks lw
    WHERE lw.family = ${family} AND lw.week_start >= ${first} AND lw.week_start <= ${last} AND ${callingCustomers("lw", scope)}
    GROUP BY lw.week_start ORDER BY lw.week_start`, licenseWeekRow);
}
