// The Prisma client for DATABASE_URL: SQLite through better-sqlite3, PostgreSQL through pg.
// Both generated clients come from one schema (prisma/schema.prisma), so they have the same
// shape; the rest of the code sees one type, `Db`.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "../../prisma/generated/sqlite/client.js";
import { PrismaClient as PostgresClient } from "../../prisma/generated/postgres/client.js";
import { engineOf, sqlitePath, type Engine } from "./engine.js";
import { migrate } from "./migrate.js";
import { patientSqliteAdapter, SQLITE_BUSY_PATIENCE_MS } from "./patientSqlite.js";
import { attachRowReader, createRowReader } from "./rowReader.js";
import { attachDriver, createDriver } from "./driver.js";

export type Db = SqliteClient;
export type { Prisma } from "../../prisma/generated/sqlite/client.js";

export interface Store {
  db: Db;
  engine: Engine;
  /** The DATABASE_URL it was opened with (parts that need a connection of their own use it). */
  url?: string;
  close(): Promise<void>;
}

export function createClient(databaseUrl: string): Db {
  const engine = engineOf(databaseUrl);
  if (engine === "sqlite") {
    // One connection per file (the adapter's design). A writer that meets another process's
    // write lock waits for it between turns of the event loop, never inside SQLite
    // (patientSqlite.ts); a transaction may wait as long to begin.
    const adapter = patientSqliteAdapter(sqlitePath(databaseUrl));
    return new SqliteClient({ adapter, transactionOptions: { maxWait: SQLITE_BUSY_PATIENCE_MS } });
  }
  // JIT off: the analytics' correlated status conditions get high cost estimates, and JIT
  // compilation then costs ~1.4 s per query for a 40 ms execution (bench/analytics.bench.ts).
  const adapter = new PrismaPg({ connectionString: databaseUrl, max: 10, options: "-c jit=off" });
  return new PostgresClient({ adapter }) as unknown as Db;
}

/** Migrates the database, then opens it. The one way the bot, the CLIs and the tests get a store. */
export async function openStore(databaseUrl: string): Promise<Store> {
  await migrate(databaseUrl);
  const db = createClient(databaseUrl);
  await db.$connect();
  const reader = createRowReader(databaseUrl);
  attachRowReader(db, reader, databaseUrl);
  // The hot path's own connection (domain/store/driver.ts).
  const driver = createDriver(databaseUrl);
  attachDriver(db, driver);
  return {
    db,
    engine: engineOf(databaseUrl),
    url: databaseUrl,
    close: async () => {
      await reader.close();
      await driver.close();
      await db.$disconnect();
    },
  };
}
