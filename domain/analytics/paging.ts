// LIMIT/OFFSET of a page request and the Page view model around its rows.
import { Prisma } from "../../prisma/generated/sqlite/client.js";
import { FIRST_PAGE, type PageRequest } from "./filter.js";
import type { LicenseCounts, Page } from "./types.js";
import { num } from "./values.js";

export function limitOffset(page: PageRequest = FIRST_PAGE): Prisma.Sql {
  return Prisma.sql`LIMIT ${page.pageSize} OFFSET ${(page.page - 1) * page.pageSize}`;
}

export function pageOf<Row>(rows: Row[], total: number, page: PageRequest = FIRST_PAGE): Page<Row> {
  return { rows, page: page.page, pageSize: page.pageSize, total, pageCount: Math.ceil(total / page.pageSize) };
}

export function licenseCounts(row: { total: unknown; assigned: unknown; used: unknown }): LicenseCounts {
  const total = num(row.total);
  const assigned = num(row.assigned);
  return { total, assigned, used: num(row.used), available: Math.max(0, total - assigned) };
}
