// Planner statistics. SQLite has none until ANALYZE runs and then picks indexes blindly (a
// per-customer subquery through the wrong index made a 4,000-customer import quadratic);
// PostgreSQL's autovacuum catches up only some time after a bulk write. After a big import the
// analytics should not wait for either, so the rollup refresh calls this.
import type { Db } from "./client.js";

type Executor = Pick<Db, "$executeRawUnsafe">;

// Names are interpolated into SQL: only plain identifiers pass.
const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/** `table`, checked to be a plain identifier before it is written into SQL. */
export function tableName(table: string): string {
  if (!IDENTIFIER.test(table)) throw new Error(`"${table}" is not a table name`);
  return table;
}

/** Refreshes planner statistics of `tables` (default: the whole database). Same statement on
 * SQLite and PostgreSQL; both accept it inside a transaction. */
export async function analyzeStore(db: Executor, tables?: readonly string[]): Promise<void> {
  if (!tables) {
    await db.$executeRawUnsafe("ANALYZE");
    return;
  }
  for (const table of tables) await db.$executeRawUnsafe(`ANALYZE ${tableName(table)}`);
}
