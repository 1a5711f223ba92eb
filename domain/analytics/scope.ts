// SQL conditions shared by every analytics query: which subscriptions are in force at "now",
// and which customers a filter and a viewer select. Conditions are Prisma.sql fragments over
// the aliases `c` (customers), `s` (subscriptions) and `l` (license_lines), so that one
// definition serves SQLite and PostgreSQL.
import { Prisma } from "../../prisma/generated/sqlite/client.js";
import { nameKeyOf } from "../text.js";
import { seesAllCustomers, visibleOwner, visibleTo } from "../access/customerAccess.js";
import type { CustomerFilter, Viewer } from "./filter.js";
import type { AnalyticsSettings } from "./settings.js";
import { statusFilter } from "./statuses.js";

const sql = Prisma.sql;

/** A subscription or trial in force at `now` (see statuses.ts for the rule on passed end dates). */
export function inForce(now: Date, alias = "s"): Prisma.Sql {
  const a = Prisma.raw(alias);
  return sql`(${a}.status = 'active' AND (${a}.auto_renew = true OR ${a}.end_at IS NULL OR ${a}.end_at > ${now}))`;
}

function tagCondition(tags: NonNullable<CustomerFilter["tags"]>): Prisma.Sql {
  const keys = [...new Set(tags.names.map(nameKeyOf))];
  const matching = sql`SELECT COUNT(DISTINCT t.id) FROM tag_assignments ta JOIN tags t ON t.id = ta.tag_id
    WHERE ta.customer_id = c.id AND t.name_key IN (${Prisma.join(keys)})`;
  return tags.match === "all" ? sql`(${matching}) = ${keys.length}` : sql`(${matching}) > 0`;
}

/** True when `filter` narrows nothing: only the viewer's scope (if any) selects customers. */
export function unfiltered(filter: CustomerFilter): boolean {
  return Object.values(filter).every((value) => value === undefined);
}

/** True when `filter` and `viewer` select every customer: queries may then skip `customers`. */
export function wholePartner(filter: CustomerFilter, viewer: Viewer): boolean {
  return seesAllCustomers(viewer) && unfiltered(filter);
}

/** A join of `customers c` to rows with a customer_id, and the condition on `c`. */
export interface CustomerRestriction { join: Prisma.Sql; where: Prisma.Sql }

/** How rows of `alias` (a table with customer_id) are restricted to the customers `filter` and
 * `viewer` select: a join of `customers c` and its condition, or without a filter only the
 * viewer's rule on `alias`.customer_id, unless `withCustomer` (the row needs the customer's
 * columns anyway). The viewer's rule is always on `alias`.customer_id (see visibleOwner). */
export function customerRestriction(
  alias: string, filter: CustomerFilter, viewer: Viewer, now: Date, settings: AnalyticsSettings, withCustomer = false,
): CustomerRestriction {
  const owner = `${alias}.customer_id`;
  if (!withCustomer && unfiltered(filter)) return { join: Prisma.empty, where: visibleOwner(viewer, owner) };
  return { join: sql`JOIN customers c ON c.id = ${Prisma.raw(alias)}.customer_id`, where: customerScope(filter, viewer, now, settings, false, owner) };
}

/** The condition on `c` of `filter` and `viewer` at `now` (`driving`: see visibleTo; `owner`:
 * a column equal to c.id that the viewer's rule is put on instead, see visibleOwner). */
export function customerScope(filter: CustomerFilter, viewer: Viewer, now: Date, settings: AnalyticsSettings, driving = false, owner?: string): Prisma.Sql {
  const parts: Prisma.Sql[] = [owner ? visibleOwner(viewer, owner) : visibleTo(viewer, driving)];
  if (filter.managedBy) parts.push(sql`c.managed_by = ${filter.managedBy}`);
  if (filter.region) parts.push(sql`c.region = ${filter.region}`);
  if (filter.product) {
    parts.push(sql`EXISTS (SELECT 1 FROM subscriptions s JOIN license_lines l ON l.subscription_id = s.id
      WHERE s.customer_id = c.id AND ${inForce(now)} AND (l.product = ${filter.product} OR l.family = ${filter.product}))`);
  }
  if (filter.subscriptionType) {
    parts.push(sql`EXISTS (SELECT 1 FROM subscriptions s WHERE s.customer_id = c.id AND s.type = ${filter.subscriptionType} AND ${inForce(now)})`);
  }
  if (filter.statuses) {
    const any = filter.statuses.map((status) => statusFilter(status, now, settings));
    parts.push(sql`(${Prisma.join(any, " OR ")})`);
  }
  if (filter.tags) parts.push(tagCondition(filter.tags));
  return Prisma.join(parts, " AND ");
}
