// The custom tags and how many of the viewer's customers carry each. Every partner admin sees
// the tag names; the counts cover only the customers they may see.
import { Prisma } from "../../prisma/generated/sqlite/client.js";
import { visibleOwner } from "../access/customerAccess.js";
import { rawRows } from "../store/driver.js";
import { limitOffset, pageOf } from "../analytics/paging.js";
import { num } from "../analytics/values.js";
import type { PageRequest, Viewer } from "../analytics/filter.js";
import type { Page } from "../analytics/types.js";
import type { Db } from "../store/client.js";

export interface TagRow { name: string; customers: number }

export async function tagList(db: Db, viewer: Viewer, page: PageRequest): Promise<Page<TagRow>> {
  const total = await db.tag.count();
  // The assignments alone are counted (the primary key's tag_id prefix covers it), for a sales
  // administrator those of their customers (visibleOwner): joining each one to its customer
  // made the count grow with the whole partner (70 ms for a sales admin at 50,000 customers).
  const count = Prisma.sql`SELECT COUNT(*) FROM tag_assignments ta WHERE ta.tag_id = t.id AND ${visibleOwner(viewer, "ta.customer_id")}`;
  const rows = await rawRows<Record<string, unknown>>(db, Prisma.sql`
    SELECT t.name, (${count}) AS n
    FROM tags t ORDER BY t.name_key, t.id ${limitOffset(page)}`);
  return pageOf(rows.map((r) => ({ name: String(r.name), customers: num(r.n) })), total, page);
}
