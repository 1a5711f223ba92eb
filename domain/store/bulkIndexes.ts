// A table rewritten whole (the rollups after a large import), or filled from (nearly) empty (a
// partner's first import), is filled faster without its secondary indexes: SQLite then keeps
// one B-tree per row instead of seven, and CREATE INDEX builds each from sorted keys afterwards
// (measured: most of a 50,000-row landing was the rollups' index upkeep). The indexes are put
// back exactly as the migrations made them (their own CREATE statements, read from
// sqlite_master), in the same transaction: readers of the store see the old table, indexes and
// all, until it commits (WAL).
// SQLite only: on PostgreSQL, DROP INDEX would lock the table against the bot's readers until
// the import commits.
import type { Db } from "./client.js";
import { tableName } from "./analyze.js";
import { clientEngine } from "./engine.js";

type Executor = Pick<Db, "$executeRawUnsafe" | "$queryRawUnsafe">;

/**
 * Of `tables`, those holding fewer rows than `countIncoming` says are coming (SQLite; none on
 * PostgreSQL): filling one of them is a bulk load, where building its indexes afterwards costs
 * less than keeping them up row by row (a first import into an empty store: 50,000 subscriptions
 * went in in 46 ms without their five indexes, 247 ms with them). Counts no further than that
 * number in each table, so a long history table costs no full count.
 */
export async function smallerThan(db: Executor, tables: readonly string[], countIncoming: () => Promise<number>): Promise<string[]> {
  if (clientEngine(db) !== "sqlite") return [];
  const incoming = await countIncoming();
  const small: string[] = [];
  for (const table of tables) {
    const [row] = await db.$queryRawUnsafe<Array<{ n: unknown }>>(`SELECT COUNT(*) AS n FROM (SELECT 1 FROM ${tableName(table)} LIMIT ${Math.floor(incoming)})`);
    if (Number(row?.n ?? 0) < incoming) small.push(table);
  }
  return small;
}

export async function withoutSecondaryIndexes<T>(db: Executor, tables: readonly string[], fill: () => Promise<T>): Promise<T> {
  if (clientEngine(db) !== "sqlite" || tables.length === 0) return fill();
  const list = tables.map((t) => `'${t.replace(/'/g, "''")}'`).join(", ");
  // sql is NULL for the indexes behind PRIMARY KEY and UNIQUE constraints: those stay.
  const indexes = await db.$queryRawUnsafe<Array<{ name: string; sql: string }>>(
    `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN (${list}) AND sql IS NOT NULL ORDER BY name`,
  );
  for (const { name } of indexes) await db.$executeRawUnsafe(`DROP INDEX "${name.replace(/"/g, '""')}"`);
  const result = await fill();
  for (const { sql } of indexes) await db.$executeRawUnsafe(sql);
  return result;
}
