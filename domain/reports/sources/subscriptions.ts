// "Subscription details": one row per subscription or trial of the customers in scope, with
// Meetings, Calling Professional and Calling Standard licenses (available / assigned / used).
// Keyset pagination on the subscription id: each page is one indexed range read.
import { Prisma } from "../../../prisma/generated/sqlite/client.js";
import { customerScope, inForce } from "../../analytics/scope.js";
import { DEFAULT_ANALYTICS_SETTINGS } from "../../analytics/settings.js";
import { dateOrNull, num } from "../../analytics/values.js";
import { DEFAULT_PAGE_SIZE, isoDay, keysetPages, type ReportQuery, type ReportRecord } from "../source.js";

const PRODUCTS = [["meetings", "meetings"], ["callingProfessional", "calling_professional"], ["callingStandard", "calling_standard"]] as const;

type Lines = Map<string, { total: number; assigned: number; used: number }>;

function toRecord(row: Record<string, unknown>, lines: Lines | undefined, now: Date): ReportRecord {
  const record: ReportRecord = {
    calculationDate: isoDay(now),
    customerName: String(row.name),
    orgId: String(row.customer_id),
    status: num(row.in_force) > 0 ? "Active" : row.status === "active" ? "Expired" : String(row.status),
    subscriptionId: String(row.id),
    type: row.type === "trial" ? "Trial" : "Subscription",
    totalUsers: row.total_users === null ? null : num(row.total_users),
    verifiedUsers: row.verified_users === null ? null : num(row.verified_users),
    autoRenew: row.auto_renew === true || num(row.auto_renew) === 1,
    endDate: isoDay(dateOrNull(row.end_at)),
  };
  for (const [key, product] of PRODUCTS) {
    const line = lines?.get(product);
    record[`${key}Available`] = line ? Math.max(0, line.total - line.assigned) : null;
    record[`${key}Assigned`] = line ? line.assigned : null;
    record[`${key}Used`] = line ? line.used : null;
  }
  return record;
}

/** The three products' lines of one page of subscriptions, one row per subscription. */
async function linesOf(query: ReportQuery, ids: string[]): Promise<Map<string, Lines>> {
  const figures = Prisma.join(PRODUCTS.flatMap(([, product]) => [
    Prisma.sql`COUNT(CASE WHEN product = ${product} THEN 1 END) AS ${Prisma.raw(`${product}_lines`)}`,
    ...(["total", "assigned", "used"] as const).map((figure) =>
      Prisma.sql`SUM(CASE WHEN product = ${product} THEN ${Prisma.raw(figure)} ELSE 0 END) AS ${Prisma.raw(`${product}_${figure}`)}`),
  ]));
  const rows = await query.db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
    SELECT subscription_id, ${figures} FROM license_lines WHERE subscription_id IN (${Prisma.join(ids)}) GROUP BY subscription_id`);
  const bySubscription = new Map<string, Lines>();
  for (const row of rows) {
    const lines: Lines = new Map();
    // Aliases are snake_case: PostgreSQL folds unquoted identifiers to lower case.
    for (const [, product] of PRODUCTS) {
      if (num(row[`${product}_lines`]) > 0) {
        lines.set(product, { total: num(row[`${product}_total`]), assigned: num(row[`${product}_assigned`]), used: num(row[`${product}_used`]) });
      }
    }
    bySubscription.set(String(row.subscription_id), lines);
  }
  return bySubscription;
}

export async function* subscriptionRows(query: ReportQuery): AsyncIterable<ReportRecord[]> {
  const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
  const scope = customerScope(query.filter, query.viewer, query.now, DEFAULT_ANALYTICS_SETTINGS);
  const pages = keysetPages(
    pageSize,
    (after: string | undefined) => query.db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
      SELECT s.id, s.type, s.status, s.auto_renew, s.end_at, c.id AS customer_id, c.name, c.total_users, c.verified_users,
        CASE WHEN ${inForce(query.now)} THEN 1 ELSE 0 END AS in_force
      FROM subscriptions s JOIN customers c ON c.id = s.customer_id
      WHERE s.id > ${after ?? ""} AND ${scope} ORDER BY s.id LIMIT ${pageSize}`),
    (last) => String(last.id),
  );
  for await (const rows of pages) {
    // Two plain queries per page (the page, then its lines) instead of one GROUP BY: measured
    // several times faster on SQLite, and each is an index range on both engines.
    const lines = await linesOf(query, rows.map((r) => String(r.id)));
    yield rows.map((row) => toRecord(row, lines.get(String(row.id)), query.now));
  }
}
