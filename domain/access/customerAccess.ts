// Which customers a partner administrator may see, as Partner Hub's roles say ("Assign
// administrator roles in Partner Hub"): a partner full administrator and a partner read-only
// administrator see every customer; a partner administrator and the sales roles see only the
// customers they provisioned or were assigned to (partner_admin_assignments). One rule, used
// by every command, card action, report, alert and schedule (a schedule runs with the scope
// its creator has when it runs), so no path can widen it.
import { Prisma } from "../../prisma/generated/sqlite/client.js";
import { ORG_WIDE_ROLES, type Role } from "../model.js";

export interface ScopedViewer {
  role: Role;
  /** null for a synthetic viewer (a partner-wide audience) that has no assignments. */
  adminId: number | null;
}

/** Whether `viewer` sees every customer of the partner. */
export const seesAllCustomers = (viewer: Pick<ScopedViewer, "role">): boolean => ORG_WIDE_ROLES.includes(viewer.role);

/**
 * The SQL condition on `c` (customers) for the customers `viewer` may see. `driving`: written as
 * `c.id IN (their assignments)`, so that a query reading customers themselves starts from the
 * viewer's few assignments instead of probing them once per customer of the partner (the
 * customer list of a sales admin at 50,000 customers: half the time). Queries that walk another
 * table's index to a page keep the EXISTS, which costs nothing until a row qualifies.
 */
export function visibleTo(viewer: ScopedViewer, driving = false): Prisma.Sql {
  if (seesAllCustomers(viewer)) return Prisma.sql`1 = 1`;
  if (viewer.adminId === null) return Prisma.sql`1 = 0`;
  if (driving) return Prisma.sql`c.id IN (SELECT pa.customer_id FROM partner_admin_assignments pa WHERE pa.admin_id = ${viewer.adminId})`;
  return Prisma.sql`EXISTS (SELECT 1 FROM partner_admin_assignments pa WHERE pa.customer_id = c.id AND pa.admin_id = ${viewer.adminId})`;
}

/**
 * The same rule on another table's customer column (`column`, e.g. "x.customer_id"): rows of a
 * customer `viewer` may see. A query that needs nothing else of the customer then reads neither
 * the customers table nor an EXISTS per row: a sales administrator's sections and counts at
 * 50,000 customers hashed the whole customers table for it (PostgreSQL), or probed it per row.
 */
export function visibleOwner(viewer: ScopedViewer, column: string): Prisma.Sql {
  if (seesAllCustomers(viewer)) return Prisma.sql`1 = 1`;
  if (viewer.adminId === null) return Prisma.sql`1 = 0`;
  // `|| ''`: compared as a value, never walked as an index on `column`. SQLite otherwise looked
  // each of the viewer's 5,000 customers up through the table's customer_id index instead of
  // reading the range a section's own index finds (the KPIs of a sales admin: 70 ms to 140).
  return Prisma.sql`(${Prisma.raw(column)} || '') IN (SELECT pa.customer_id FROM partner_admin_assignments pa WHERE pa.admin_id = ${viewer.adminId})`;
}

/** How many customers a viewer who does not see the whole partner sees: their assignments, each
 * of an existing customer (foreign key, deleted with it), counted without reading customers. */
export function assignedCustomersCount(viewer: ScopedViewer): Prisma.Sql {
  if (viewer.adminId === null) return Prisma.sql`SELECT 0 AS n`;
  return Prisma.sql`SELECT COUNT(*) AS n FROM partner_admin_assignments pa WHERE pa.admin_id = ${viewer.adminId}`;
}
