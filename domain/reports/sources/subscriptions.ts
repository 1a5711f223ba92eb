// "Subscription details": one row per subscription or trial of the customers in scope, with
// Meetings, Calling Professional and Calling Standard licenses (available / assigned / used).
// Partner Hub's values and meanings, so that the bot's import reads its own export back the same:
// the status is Active (in force) or Expired (anything else: ended, cancelled, suspended, not yet
// set up), the only two values the report has; Available is the licenses provisioned (bought).
// Keyset pagination on the subscription id: each page is one indexed range read, read through
// the driver (domain/store/rowReader.ts).
import { Prisma } from "../../../prisma/generated/sqlite/client.js";
import { customerScope, inForce } from "../../analytics/scope.js";
import { DEFAULT_ANALYTICS_SETTINGS } from "../../analytics/settings.js";
import { bool, num } from "../../analytics/values.js";
import { positions, rowReaderOf } from "../../store/rowReader.js";
import { DEFAULT_PAGE_SIZE, isoDay, keysetPages, lastRow, utcDay, type ReportQuery, type ReportRecord } from "../source.js";

const PRODUCTS = [["meetings", "meetings"], ["callingProfessional", "calling_professional"], ["callingStandard", "calling_standard"]] as const;

// Each product's line is one primary-key lookup, so the page and its licenses are one query.
// Aliases are snake_case: PostgreSQL folds unquoted identifiers to lower case.
const LINE_JOINS = Prisma.join(PRODUCTS.map(([, product]) => Prisma.sql`
  LEFT JOIN license_lines ${Prisma.raw(`l_${product}`)} ON ${Prisma.raw(`l_${product}`)}.subscription_id = s.id AND ${Prisma.raw(`l_${product}`)}.product = ${product}`), "");
const LINE_FIGURES = Prisma.raw(PRODUCTS.map(([, product]) =>
  (["total", "assigned", "used"] as const).map((figure) => `l_${product}.${figure} AS ${product}_${figure}`).join(", ")).join(", "));

const COLUMNS = [
  "id", "type", "auto_renew", "end_at", "customer_id", "name", "total_users", "verified_users", "in_force",
  "meetings_total", "meetings_assigned", "meetings_used",
  "calling_professional_total", "calling_professional_assigned", "calling_professional_used",
  "calling_standard_total", "calling_standard_assigned", "calling_standard_used",
] as const;
type At = Record<(typeof COLUMNS)[number], number>;

const orNull = (value: unknown): number | null => (value === null || value === undefined ? null : num(value));

/** Available (bought) / assigned / used of one product; empty cells, not zeros, when it has no line. */
function licenseCells(row: unknown[], total: number, assigned: number, used: number): [number | null, number | null, number | null] {
  if (row[total] === null || row[total] === undefined) return [null, null, null];
  return [num(row[total]), num(row[assigned]), num(row[used])];
}

function toRecord(row: unknown[], at: At, calculationDate: string): ReportRecord {
  const meetings = licenseCells(row, at.meetings_total, at.meetings_assigned, at.meetings_used);
  const professional = licenseCells(row, at.calling_professional_total, at.calling_professional_assigned, at.calling_professional_used);
  const standard = licenseCells(row, at.calling_standard_total, at.calling_standard_assigned, at.calling_standard_used);
  // One literal with every column: records of one shape are what V8 handles fastest.
  return {
    calculationDate,
    customerName: String(row[at.name]),
    orgId: String(row[at.customer_id]),
    status: num(row[at.in_force]) > 0 ? "Active" : "Expired",
    subscriptionId: String(row[at.id]),
    type: row[at.type] === "trial" ? "Trial" : "Subscription",
    totalUsers: orNull(row[at.total_users]),
    verifiedUsers: orNull(row[at.verified_users]),
    autoRenew: bool(row[at.auto_renew]),
    endDate: utcDay(row[at.end_at]),
    meetingsAvailable: meetings[0], meetingsAssigned: meetings[1], meetingsUsed: meetings[2],
    callingProfessionalAvailable: professional[0], callingProfessionalAssigned: professional[1], callingProfessionalUsed: professional[2],
    callingStandardAvailable: standard[0], callingStandardAssigned: standard[1], callingStandardUsed: standard[2],
  };
}

export async function* subscriptionRows(query: ReportQuery): AsyncIterable<ReportRecord[]> {
  const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
  const scope = customerScope(query.filter, query.viewer, query.now, DEFAULT_ANALYTICS_SETTINGS);
  const reader = rowReaderOf(query.db);
  const calculationDate = isoDay(query.now);
  const pages = keysetPages(
    pageSize,
    (after: string | undefined) => reader.rows(Prisma.sql`
      SELECT s.id, s.type, s.auto_renew, s.end_at, c.id AS customer_id, c.name, c.total_users, c.verified_users,
        CASE WHEN ${inForce(query.now)} THEN 1 ELSE 0 END AS in_force, ${LINE_FIGURES}
      FROM subscriptions s JOIN customers c ON c.id = s.customer_id ${LINE_JOINS}
      WHERE s.id > ${after ?? ""} AND ${scope} ORDER BY s.id LIMIT ${pageSize}`),
    (page) => String(lastRow(page)[page.names.indexOf("id")]),
  );
  for await (const page of pages) {
    const at = positions(page, COLUMNS);
    yield page.rows.map((row) => toRecord(row, at, calculationDate));
  }
}
