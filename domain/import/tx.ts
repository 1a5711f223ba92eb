// The transaction client every writer of an import receives, and small helpers they share.
import { Prisma } from "../../prisma/generated/sqlite/client.js";
import { clientEngine, storedValue, type Engine } from "../store/engine.js";

export type Tx = Prisma.TransactionClient;

/** SQLite allows 32,766 bound parameters per statement, PostgreSQL 65,535: stay far below both. */
export const CHUNK = 500;

export function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

import { nameKeyOf } from "../text.js";
export { nameKeyOf };

export const sameTime = (a: Date | null | undefined, b: Date | null | undefined): boolean =>
  (a?.getTime() ?? null) === (b?.getTime() ?? null);

/**
 * Bulk INSERT: each batch of rows travels as ONE JSON parameter that the database unpacks
 * (json_each on SQLite, json_populate_recordset on PostgreSQL). Prisma's createMany, and even raw
 * statements with one placeholder per value, spend 30 µs to 1 ms per row in the JavaScript query
 * engine; this stays in the database. `columns` are snake_case column names, each row follows
 * them; Date and boolean values are stored exactly as the Prisma adapters store them.
 */
export async function insertRows(tx: Tx, table: string, columns: readonly string[], rows: ReadonlyArray<readonly unknown[]>): Promise<void> {
  if (!/^[a-z_]+$/.test(table) || !columns.every((c) => /^[a-z_]+$/.test(c))) throw new Error(`insertRows: bad identifier in ${table}`);
  for (const statement of insertStatements(clientEngine(tx), table, columns, rows)) await tx.$executeRaw(statement);
}

/** insertRows' statements, for a caller that runs them elsewhere (the driver) with names it made itself. */
export function insertStatements(dialect: Engine, table: string, columns: readonly string[], rows: ReadonlyArray<readonly unknown[]>): Prisma.Sql[] {
  const list = columns.join(", ");
  const sql = dialect === "sqlite"
    ? `INSERT INTO ${table} (${list}) SELECT ${columns.map((_, i) => `json_extract(value, '$[${i}]')`).join(", ")} FROM json_each(`
    : `INSERT INTO ${table} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${table}, `;
  const statements: Prisma.Sql[] = [];
  for (let i = 0; i < rows.length; i += 5000) {
    const batch = rows.slice(i, i + 5000);
    const payload = dialect === "sqlite"
      ? batch.map((row) => row.map((v) => storedValue(v, dialect)))
      : batch.map((row) => Object.fromEntries(columns.map((c, j) => [c, storedValue(row[j], dialect)])));
    const cast = dialect === "postgres" ? "::json" : "";
    statements.push(Prisma.sql`${Prisma.raw(sql)}${JSON.stringify(payload)}${Prisma.raw(`${cast})`)}`);
  }
  return statements;
}

/**
 * Rows of `select` (a SELECT ending in "WHERE <column> IN") for many ids, the id list passed as
 * one JSON parameter. findMany with a 500-id `in` costs ~40 ms in Prisma's query compiler.
 */
export async function selectWhereIn(tx: Tx, select: string, ids: readonly string[]): Promise<Array<Record<string, unknown>>> {
  const sqlite = clientEngine(tx) === "sqlite";
  const list = sqlite ? "(SELECT value FROM json_each(" : "(SELECT json_array_elements_text(";
  const cast = sqlite ? "))" : "::json))";
  const rows: Array<Record<string, unknown>> = [];
  for (let i = 0; i < ids.length; i += 10_000) {
    const chunk = JSON.stringify(ids.slice(i, i + 10_000));
    rows.push(...(await tx.$queryRaw<Array<Record<string, unknown>>>(Prisma.sql`${Prisma.raw(`${select} ${list}`)}${chunk}${Prisma.raw(cast)}`)));
  }
  return rows;
}

