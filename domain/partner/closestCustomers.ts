// "Did you mean": when no name matches, the visible customers whose names are closest to what
// was typed. Candidates share a three-letter piece with a typed word; the edit distance between
// the typed words and the name's words orders them.
import { Prisma } from "../../prisma/generated/sqlite/client.js";
import { nameKeyOf } from "../analytics/customerSearch.js";
import { visibleTo } from "../access/customerAccess.js";
import { rawRows } from "../store/driver.js";
import type { Viewer } from "../analytics/filter.js";
import type { Db } from "../store/client.js";
import { editDistance } from "../text.js";
import type { VisibleCustomer } from "./visibleCustomer.js";

const POOL = 300;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

/** How far `typed` is from `nameKey`: each typed word against its best-matching name word. */
export function nameDistance(typed: string, nameKey: string): number {
  const words = nameKey.split(" ").filter(Boolean);
  if (words.length === 0) return Number.POSITIVE_INFINITY;
  return typed.split(" ").filter(Boolean).reduce((sum, word) => sum + Math.min(...words.map((w) => editDistance(word, w.slice(0, word.length + 2)))), 0);
}

export async function closestCustomers(db: Db, viewer: Viewer, typed: string, limit = 5): Promise<VisibleCustomer[]> {
  const key = nameKeyOf(typed).slice(0, 100);
  const pieces = [...new Set(key.split(" ").flatMap((word) => (Array.from(word).length >= 3 ? [Array.from(word).slice(0, 3).join(""), Array.from(word).slice(-3).join("")] : [])))].slice(0, 8);
  if (pieces.length === 0) return [];
  const like = pieces.map((piece) => Prisma.sql`c.name_key LIKE ${`%${escapeLike(piece)}%`} ESCAPE '\\'`);
  // Names sharing the most pieces first: with thousands of customers a common piece alone can
  // match more names than the pool holds, and alphabetical order would drop the right one.
  const shared = Prisma.join(like.map((condition) => Prisma.sql`CASE WHEN ${condition} THEN 1 ELSE 0 END`), " + ");
  // Driving (visibleTo): a sales administrator's candidates come from their own customers.
  const rows = await rawRows<VisibleCustomer & { name_key: string }>(db, Prisma.sql`
    SELECT c.id, c.name, c.region, c.name_key FROM customers c
    WHERE ${visibleTo(viewer, true)} AND (${Prisma.join(like, " OR ")}) ORDER BY ${shared} DESC, c.name_key LIMIT ${POOL}`);
  return rows
    .map((row) => ({ row, distance: nameDistance(key, row.name_key) }))
    .filter(({ distance }) => distance <= Math.max(2, Math.ceil(key.length / 3)))
    .sort((a, b) => a.distance - b.distance || a.row.name_key.localeCompare(b.row.name_key))
    .slice(0, limit)
    .map(({ row }) => ({ id: row.id, name: row.name, region: row.region }));
}
