// The customer list: a filtered page of customers with their statuses, most urgent first.
import { rawRows } from "../store/driver.js";
import { Prisma } from "../../prisma/generated/sqlite/client.js";
import type { CustomerStatus, ManagedBy, Region } from "../model.js";
import { FIRST_PAGE, type CustomerFilter, type PageRequest } from "./filter.js";
import { pageOf } from "./paging.js";
import { customerScope, unfiltered } from "./scope.js";
import { assignedCustomersCount, seesAllCustomers } from "../access/customerAccess.js";
import { DEFAULT_ANALYTICS_SETTINGS } from "./settings.js";
import { actionOrderParts, statusColumns, statusesOfRow } from "./statuses.js";
import { calendarDaysBetween } from "../calendarDays.js";
import type { AnalyticsContext, Page } from "./types.js";
import { dateOrNull, num } from "./values.js";

export interface CustomerListRow {
  id: string;
  name: string;
  region: Region;
  managedBy: ManagedBy;
  /** Most urgent first; empty only when the customer shows no status at all. */
  statuses: CustomerStatus[];
  /** The soonest end of a live subscription or trial still ahead, and its calendar days away in the space's zone. */
  nextEnd?: { at: Date; days: number };
}

export async function customerList(
  ctx: AnalyticsContext,
  query: { filter?: CustomerFilter; page?: PageRequest } = {},
): Promise<Page<CustomerListRow>> {
  const settings = ctx.settings ?? DEFAULT_ANALYTICS_SETTINGS;
  const now = ctx.clock.now();
  const filter = query.filter ?? {};
  const where = customerScope(filter, ctx.viewer, now, settings, true);
  const counting = rawRows<{ n: unknown }>(ctx.db, unfiltered(filter) && !seesAllCustomers(ctx.viewer)
    ? assignedCustomersCount(ctx.viewer)
    : Prisma.sql`SELECT COUNT(*) AS n FROM customers c WHERE ${where}`);
  // The page's customers are read part by part of the order (actionOrderParts), each part by
  // its own order with the rows still wanted as its LIMIT, until the page is full or every
  // selected customer is read: ranking all of them cost PostgreSQL 50 ms at 50,000 customers.
  // The count is not waited for (PostgreSQL's pool reads it beside the parts): past the last
  // customer the parts simply come back short. The statuses are worked out for the page's ten only.
  const { page, pageSize } = query.page ?? FIRST_PAGE;
  const wanted = page * pageSize;
  const ranking = (async () => {
    const upTo: string[] = [];
    for (const part of actionOrderParts(now, settings)) {
      if (upTo.length >= wanted) break;
      const rows = await rawRows<{ id: unknown }>(ctx.db, Prisma.sql`
        SELECT c.id FROM customers c WHERE ${where} AND ${part.where} ORDER BY ${part.order} LIMIT ${wanted - upTo.length}`);
      upTo.push(...rows.map((row) => String(row.id)));
    }
    return upTo;
  })();
  const [[counted], upTo] = await Promise.all([counting, ranking]);
  const ranked = upTo.slice((page - 1) * pageSize).map((id) => ({ id }));
  const found = ranked.length === 0 ? [] : await rawRows<Record<string, unknown>>(ctx.db, Prisma.sql`
    SELECT c.id, c.name, c.region, c.managed_by, c.next_end_at, ${statusColumns(now, settings)}
    FROM customers c WHERE c.id IN (${Prisma.join(ranked.map((row) => row.id))})`);
  const byId = new Map(found.map((row) => [String(row.id), row]));
  const rows = ranked.map((row) => byId.get(String(row.id))).filter((row): row is Record<string, unknown> => row !== undefined);
  return pageOf(
    rows.map((row) => ({
      id: String(row.id),
      name: String(row.name),
      region: row.region as Region,
      managedBy: row.managed_by as ManagedBy,
      statuses: statusesOfRow(row),
      ...nextEndOf(dateOrNull(row.next_end_at), now, settings.timeZone),
    })),
    num(counted?.n),
    query.page,
  );
}

function nextEndOf(at: Date | null, now: Date, timeZone: string): Pick<CustomerListRow, "nextEnd"> {
  return at && at > now ? { nextEnd: { at, days: calendarDaysBetween(now, at, timeZone) } } : {};
}

/** The statuses of the given customers at `now` (customers not found are absent). */
export async function statusesOfCustomers(ctx: Pick<AnalyticsContext, "db" | "clock" | "settings">, customerIds: readonly string[]): Promise<Map<string, CustomerStatus[]>> {
  const result = new Map<string, CustomerStatus[]>();
  if (customerIds.length === 0) return result;
  const settings = ctx.settings ?? DEFAULT_ANALYTICS_SETTINGS;
  const rows = await rawRows<Record<string, unknown>>(ctx.db, Prisma.sql`
    SELECT c.id, ${statusColumns(ctx.clock.now(), settings)} FROM customers c WHERE c.id IN (${Prisma.join([...customerIds])})`);
  for (const row of rows) result.set(String(row.id), statusesOfRow(row));
  return result;
}
