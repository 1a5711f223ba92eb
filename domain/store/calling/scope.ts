// Which customers a calling question covers: the asker's scope and filter (analytics/scope.ts),
// narrowed to one customer when the question names one.
import { Prisma } from "../../../prisma/generated/sqlite/client.js";
import type { CustomerFilter, Viewer } from "../../analytics/filter.js";
import { customerRestriction, customerScope, wholePartner, type CustomerRestriction } from "../../analytics/scope.js";
import { DEFAULT_ANALYTICS_SETTINGS, type AnalyticsSettings } from "../../analytics/settings.js";

export interface CallingScope {
  viewer: Viewer;
  filter: CustomerFilter;
  now: Date;
  settings?: AnalyticsSettings;
  /** One customer (already checked visible to the viewer), or the whole scope. */
  customerId?: string;
}

/** The join of `customers c` to `alias` and its condition; no join for the whole partner unless `withCustomer`. */
export function callingRestriction(alias: string, scope: CallingScope, withCustomer = false): CustomerRestriction {
  const settings = scope.settings ?? DEFAULT_ANALYTICS_SETTINGS;
  const restriction = customerRestriction(alias, scope.filter, scope.viewer, scope.now, settings, withCustomer || scope.customerId !== undefined);
  if (scope.customerId === undefined) return restriction;
  return { join: restriction.join, where: Prisma.sql`${restriction.where} AND c.id = ${scope.customerId}` };
}

/**
 * The condition on `alias`.customer_id for sums that need no customer column: an IN list of the
 * scope's customers. SQLite then walks those customers' keys (a region's 2,500 customers × 12
 * weeks) instead of looking a customer up for each of 120,000 rows, which a join let it choose
 * (1 s against 50 ms, bench/calling.bench.ts).
 */
export function callingCustomers(alias: string, scope: CallingScope): Prisma.Sql {
  const column = Prisma.raw(`${alias}.customer_id`);
  if (scope.customerId !== undefined) {
    return Prisma.sql`${column} IN (SELECT c.id FROM customers c WHERE c.id = ${scope.customerId} AND ${customerScope(scope.filter, scope.viewer, scope.now, scope.settings ?? DEFAULT_ANALYTICS_SETTINGS)})`;
  }
  if (wholePartner(scope.filter, scope.viewer)) return Prisma.sql`1 = 1`;
  return Prisma.sql`${column} IN (SELECT c.id FROM customers c WHERE ${customerScope(scope.filter, scope.viewer, scope.now, scope.settings ?? DEFAULT_ANALYTICS_SETTINGS)})`;
}
