// One migration runner for both databases. `prisma migrate deploy` cannot apply migrations on
// PostgreSQL with the JavaScript schema engine (prisma/orm#27403), so the SQL files that
// `npm run migrations:make` writes are applied here, each in its own transaction, and recorded
// in a ledger table with a checksum so that an edited, already-applied migration is refused.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { engineOf, sqlitePath, type Engine } from "./engine.js";

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrationResult {
  applied: string[];
  alreadyApplied: number;
}

const LEDGER = "_partnerhub_migrations";
const migrationsRoot = path.resolve(import.meta.dirname, "../../prisma/migrations");

export function migrationsFor(engine: Engine, root = migrationsRoot): Migration[] {
  const folder = path.join(root, engine);
  return readdirSync(folder)
    .filter((name) => /^\d{4}_/.test(name))
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(folder, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

function checkLedger(migrations: Migration[], applied: Map<string, string>): Migration[] {
  for (const [name, checksum] of applied) {
    const known = migrations.find((m) => m.name === name);
    if (known && known.checksum !== checksum) {
      throw new Error(`migration ${name} was edited after it was applied; add a new migration instead`);
    }
  }
  return migrations.filter((m) => !applied.has(m.name));
}

function migrateSqlite(databaseUrl: string, migrations: Migration[]): MigrationResult {
  const file = sqlitePath(databaseUrl);
  if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file);
  try {
    // WAL lets readers go on while an import writes; it is a property of the file, so setting it
    // here once covers the Prisma connection too.
    db.pragma("journal_mode = WAL");
    db.pragma("busy_timeout = 5000");
    db.exec(`CREATE TABLE IF NOT EXISTS ${LEDGER} (name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    const apply = db.transaction(() => {
      const rows = db.prepare(`SELECT name, checksum FROM ${LEDGER}`).all() as { name: string; checksum: string }[];
      const pending = checkLedger(migrations, new Map(rows.map((r) => [r.name, r.checksum])));
      for (const m of pending) {
        db.exec(m.sql);
        db.prepare(`INSERT INTO ${LEDGER} (name, checksum, applied_at) VALUES (?, ?, ?)`).run(m.name, m.checksum, new Date().toISOString());
      }
      return { applied: pending.map((m) => m.name), alreadyApplied: rows.length };
    });
    return apply.immediate();
  } finally {
    db.close();
  }
}

async function migratePostgres(databaseUrl: string, migrations: Migration[]): Promise<MigrationResult> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // Several instances may start at once against one database: one migrates, the others wait.
    await client.query("SELECT pg_advisory_lock(727274)");
    await client.query(`CREATE TABLE IF NOT EXISTS ${LEDGER} (name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ name: string; checksum: string }>(`SELECT name, checksum FROM ${LEDGER}`);
    const pending = checkLedger(migrations, new Map(rows.map((r) => [r.name, r.checksum])));
    for (const m of pending) {
      await client.query("BEGIN");
      try {
        await client.query(m.sql);
        await client.query(`INSERT INTO ${LEDGER} (name, checksum) VALUES ($1, $2)`, [m.name, m.checksum]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`migration ${m.name} failed: ${(error as Error).message}`, { cause: error });
      }
    }
    return { applied: pending.map((m) => m.name), alreadyApplied: rows.length };
  } finally {
    await client.query("SELECT pg_advisory_unlock(727274)").catch(() => undefined);
    await client.end();
  }
}

/** Brings the database at `databaseUrl` up to the latest migration; creates a SQLite file if needed. */
export async function migrate(databaseUrl: string, root = migrationsRoot): Promise<MigrationResult> {
  const engine = engineOf(databaseUrl);
  const migrations = migrationsFor(engine, root);
  return engine === "sqlite" ? migrateSqlite(databaseUrl, migrations) : migratePostgres(databaseUrl, migrations);
}
