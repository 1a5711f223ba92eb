// The custom tags and how many of the viewer's customers carry each. Every partner admin sees
// the tag names; the counts cover only the customers they may see.
import { Prisma } from "../../prisma/generated/sqlite/client.js";
import { seesAllCustomers, visibleTo } from "../access/customerAccess.js";
import { limitOffset, pageOf } from "../analytics/paging.js";
import { num } from "../analytics/values.js";
import type { PageRequest, Viewer } from "../analytics/filter.js";
import type { Page } from "../analytics/types.js";
import type { Db } from "../store/client.js";

export interface TagRow { name: string; customers: number }

export async function tagList(db: Db, viewer: Viewer, page: PageRequest): Promise<Page<TagRow>> {
  const total = await db.tag.count();
  // Who sees every customer counts the assignments alone (the primary key's tag_id prefix
  // covers it): joining each one to its customer made the count grow with the whole partner.
  const count = seesAllCustomers(viewer)
    ? Prisma.sql`SELECT COUNT(*) FROM tag_assignments ta WHERE ta.tag_id = t.id`
    : Prisma.sql`SELECT COUNT(*) FROM tag_assignments ta JOIN customers c ON c.id = ta.customer_id WHERE ta.tag_id = t.id AND ${visibleTo(viewer)}`;
  const rows = await db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
    SELECT t.name, (${count}) AS n
    FROM tags t ORDER BY t.name_key, t.id ${limitOffset(page)}`);
  return pageOf(rows.map((r) => ({ name: String(r.name), customers: num(r.n) })), total, page);
}
