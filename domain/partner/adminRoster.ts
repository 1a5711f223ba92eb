// The partner administrators on the roster, their roles and how many customers are assigned
// to each (names only: no customer appears here).
import { limitOffset, pageOf } from "../analytics/paging.js";
import { num } from "../analytics/values.js";
import { Prisma } from "../../prisma/generated/sqlite/client.js";
import type { PageRequest } from "../analytics/filter.js";
import type { Page } from "../analytics/types.js";
import type { Db } from "../store/client.js";

export interface AdminRow { email: string; displayName: string | null; role: string; assignedCustomers: number }

export async function adminRoster(db: Db, page: PageRequest): Promise<Page<AdminRow>> {
  const total = await db.partnerAdmin.count();
  const rows = await db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
    SELECT a.email, a.display_name, a.role, (SELECT COUNT(*) FROM partner_admin_assignments pa WHERE pa.admin_id = a.id) AS n
    FROM partner_admins a ORDER BY a.email ${limitOffset(page)}`);
  return pageOf(rows.map((r) => ({
    email: String(r.email),
    displayName: r.display_name === null || r.display_name === undefined ? null : String(r.display_name),
    role: String(r.role),
    assignedCustomers: num(r.n),
  })), total, page);
}
