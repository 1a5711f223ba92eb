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

/** The SQL condition on `c` (customers) for the customers `viewer` may see. */
export function visibleTo(viewer: ScopedViewer): Prisma.Sql {
  if (seesAllCustomers(viewer)) return Prisma.sql`1 = 1`;
  if (viewer.adminId === null) return Prisma.sql`1 = 0`;
  return Prisma.sql`EXISTS (SELECT 1 FROM partner_admin_assignments pa WHERE pa.customer_id = c.id AND pa.admin_id = ${viewer.adminId})`;
}
