// The one customer a card button names, if the person who clicked may see it. Buttons travel
// through Webex and come back as data: the id is checked again, never trusted.
import { Prisma } from "../../prisma/generated/sqlite/client.js";
import { visibleTo } from "../access/customerAccess.js";
import type { Viewer } from "../analytics/filter.js";
import type { Db } from "../store/client.js";

export interface VisibleCustomer { id: string; name: string; region: string }

export async function visibleCustomer(db: Db, viewer: Viewer, customerId: string): Promise<VisibleCustomer | null> {
  const rows = await db.$queryRaw<VisibleCustomer[]>(Prisma.sql`
    SELECT c.id, c.name, c.region FROM customers c WHERE c.id = ${customerId} AND ${visibleTo(viewer)}`);
  return rows[0] ?? null;
}
