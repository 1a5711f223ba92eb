// Bulk reads (the report sources) go to the driver itself, not through Prisma. Measured on
// 100,000 report rows (bench/reports.bench.ts): Prisma's $queryRaw turns every row into tagged
// values and back, which cost most of the 2 s budget and most of the report's garbage; the
// driver hands over plain rows. Queries are still Prisma.Sql fragments, so the scope and
// filter conditions are written once for Prisma and for this reader.
import Database from "better-sqlite3";
import pg from "pg";
import type { Db, Prisma } from "./client.js";
import { engineOf, sqlitePath, storedValue } from "./engine.js";

/**
 * Rows as arrays with their column names once: building an object per row cost more than
 * reading it (about 40% of the read time on 100,000 rows).
 */
export interface RowTable { names: readonly string[]; rows: unknown[][] }

export interface RowReader {
  /** The rows of one query; callers bound its size (a keyset page). */
  rows(query: Prisma.Sql): Promise<RowTable>;
  close(): Promise<void>;
}

/** Where each of `wanted` is in `table`'s rows; a missing column is a programming error. */
export function positions<const Name extends string>(table: RowTable, wanted: readonly Name[]): Record<Name, number> {
  const at = {} as Record<Name, number>;
  for (const name of wanted) {
    const index = table.names.indexOf(name);
    if (index < 0) throw new Error(`the query has no column ${name}`);
    at[name] = index;
  }
  return at;
}

const sqliteValue = (value: unknown): unknown => storedValue(value, "sqlite");
const postgresValue = (value: unknown): unknown => storedValue(value, "postgres");

function openReadOnly(file: string): Database.Database {
  // A read-only connection of its own: WAL lets it read while the bot's connection writes.
  const connection = new Database(file, { readonly: true, fileMustExist: true });
  connection.pragma("busy_timeout = 5000");
  // Reports read each page once: a 2 MB page cache reads as fast as better-sqlite3's default
  // 16 MB, which was a sixth of a 100,000-row report's memory.
  connection.pragma("cache_size = -2000");
  return connection;
}

function sqliteReader(file: string): RowReader {
  // Opened on the first read: most processes that open a store (the bot itself, whose reports
  // run in a worker, and the CLIs) never read through it.
  let connection: Database.Database | undefined;
  const statements = new Map<string, { statement: Database.Statement; names: string[] }>();
  return {
    async rows(query) {
      let prepared = statements.get(query.sql);
      if (!prepared) {
        // Keyset pages repeat a handful of texts; a bound keeps a pathological caller from growing it.
        if (statements.size >= 64) statements.clear();
        connection ??= openReadOnly(file);
        const statement = connection.prepare(query.sql).raw(true);
        prepared = { statement, names: statement.columns().map((column) => column.name) };
        statements.set(query.sql, prepared);
      }
      return { names: prepared.names, rows: prepared.statement.all(...query.values.map(sqliteValue)) as unknown[][] };
    },
    async close() {
      connection?.close();
    },
  };
}

// Prisma's PostgreSQL columns are `timestamp(3)` in UTC. pg would read them in the process's
// local zone, and write Dates in it; both are pinned to UTC here.
const TIMESTAMP_OID = 1114;
const utcTypes = {
  getTypeParser(oid: number, format?: string) {
    if (oid === TIMESTAMP_OID) return (text: string) => new Date(`${text.replace(" ", "T")}Z`);
    return pg.types.getTypeParser(oid, format as "text");
  },
};

function postgresReader(connectionString: string): RowReader {
  // Two connections: reports are few at a time, and the bot's own pool stays free for commands.
  const pool = new pg.Pool({ connectionString, max: 2, options: "-c jit=off" });
  return {
    async rows(query) {
      const result = await pool.query({ text: query.text, values: query.values.map(postgresValue), types: utcTypes, rowMode: "array" });
      return { names: result.fields.map((field) => field.name), rows: result.rows as unknown[][] };
    },
    close: () => pool.end(),
  };
}

export function createRowReader(databaseUrl: string): RowReader {
  return engineOf(databaseUrl) === "sqlite" ? sqliteReader(sqlitePath(databaseUrl)) : postgresReader(databaseUrl);
}

const readers = new WeakMap<Db, { reader: RowReader; databaseUrl: string }>();

/** Registers the driver reader of a store's client and where it reads (openStore does). */
export function attachRowReader(db: Db, reader: RowReader, databaseUrl: string): void {
  readers.set(db, { reader, databaseUrl });
}

/** The DATABASE_URL `db` was opened on by openStore: what a report worker process opens. */
export function databaseUrlOf(db: Db): string | undefined {
  return readers.get(db)?.databaseUrl;
}

/** The driver reader opened with `db`'s store, or Prisma itself for a client opened without one. */
export function rowReaderOf(db: Db): Pick<RowReader, "rows"> {
  return readers.get(db)?.reader ?? {
    async rows(query) {
      const objects = await db.$queryRaw<Record<string, unknown>[]>(query);
      const names = objects[0] ? Object.keys(objects[0]) : [];
      return { names, rows: objects.map((row) => names.map((name) => row[name])) };
    },
  };
}

/** One row as an object by column name, for sources where readability beats the last 40%. */
export function rowObject(table: RowTable, row: unknown[]): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  table.names.forEach((name, index) => { object[name] = row[index]; });
  return object;
}
