// Which customers a calling question covers: the asker's scope and filter (analytics/scope.ts),
// narrowed to one customer when the question names one.
import { Prisma } from "../../../prisma/generated/sqlite/client.js";
import type { CustomerFilter, Viewer } from "../../analytics/filter.js";
import { customerRestriction, type CustomerRestriction } from "../../analytics/scope.js";
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
