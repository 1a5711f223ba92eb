// The customer list: a filtered page of customers with their statuses, most urgent first.
import { rawRows } from "../store/driver.js";
import { Prisma } from "../../prisma/generated/sqlite/client.js";
import type { CustomerStatus, ManagedBy, Region } from "../model.js";
import type { CustomerFilter, PageRequest } from "./filter.js";
import { limitOffset, pageOf } from "./paging.js";
import { customerScope } from "./scope.js";
import { DEFAULT_ANALYTICS_SETTINGS } from "./settings.js";
import { actionOrder, statusColumns, statusesOfRow } from "./statuses.js";
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
  const where = customerScope(query.filter ?? {}, ctx.viewer, now, settings, true);
  const [counted] = await rawRows<{ n: unknown }>(ctx.db, Prisma.sql`SELECT COUNT(*) AS n FROM customers c WHERE ${where}`);
  // Ranking reads every selected customer; the statuses are worked out for the page's ten only
  // (the same conditions again per row would double the scan's work at 50,000 customers).
  const ranked = await rawRows<{ id: string }>(ctx.db, Prisma.sql`
    SELECT c.id FROM customers c WHERE ${where}
    ORDER BY ${actionOrder(now, settings)}, c.name_key, c.id ${limitOffset(query.page)}`);
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
