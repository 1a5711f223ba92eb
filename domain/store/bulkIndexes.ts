// A table rewritten whole (the rollups after a large import) is filled faster without its
// secondary indexes: SQLite then keeps one B-tree per row instead of seven, and CREATE INDEX
// builds each from sorted keys afterwards (measured: most of a 50,000-row landing was the
// rollups' index upkeep). The indexes are put back exactly as the migrations made them (their
// own CREATE statements, read from sqlite_master), in the same transaction: readers of the
// store see the old table, indexes and all, until it commits (WAL).
// SQLite only: on PostgreSQL, DROP INDEX would lock the table against the bot's readers until
// the import commits.
import type { Db } from "./client.js";
import { clientEngine } from "./engine.js";

type Executor = Pick<Db, "$executeRawUnsafe" | "$queryRawUnsafe">;

export async function withoutSecondaryIndexes<T>(db: Executor, tables: readonly string[], fill: () => Promise<T>): Promise<T> {
  if (clientEngine(db) !== "sqlite") return fill();
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
