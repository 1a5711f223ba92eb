// A subscription details report on its way in, as temporary tables on the store's own
// connection: its rows (import_rows) and their license lines (import_lines), one table row per
// CSV row and per line, in file order (seq). landSubscriptions.ts then compares them with the
// store and writes the difference in a few set-based statements, instead of one statement (and
// one round of JavaScript) per customer, subscription and line.
// Temporary tables are the connection's own: nothing another connection sees, no schema change.
// On SQLite they are filled before the landing transaction begins, so the store's write lock is
// held only while the difference is written; on PostgreSQL (a pool, where only a transaction
// keeps one connection) inside it, where ON COMMIT DROP removes them however it ends.
import { Prisma } from "../../prisma/generated/sqlite/client.js";
import { familyOf } from "../model.js";
import type { SubscriptionDetailsRow } from "./kinds/subscriptionDetails.js";
import { insertRows, insertStatements, nameKeyOf, type Tx } from "./tx.js";
import { clientEngine } from "../store/engine.js";
import { randomBytes } from "node:crypto";
import type { Driver } from "../store/driver.js";

const ROW_COLUMNS = ["seq", "org_id", "name", "name_key", "total_users", "verified_users", "region", "calculated_at", "subscription_id", "type", "status", "end_at", "auto_renew"] as const;
const LINE_COLUMNS = ["seq", "subscription_id", "product", "family", "total", "assigned", "used"] as const;

/** Column types per engine: SQLite keeps Prisma's ISO text and 0/1; PostgreSQL its own types. */
function tableDefinitions(engine: "sqlite" | "postgres"): string[] {
  const [time, flag, after] = engine === "sqlite" ? ["TEXT", "INTEGER", ""] : ["TIMESTAMP(3)", "BOOLEAN", " ON COMMIT DROP"];
  return [
    `CREATE TEMP TABLE import_rows (seq INTEGER NOT NULL, org_id TEXT NOT NULL, name TEXT NOT NULL, name_key TEXT NOT NULL,
      total_users INTEGER, verified_users INTEGER, region TEXT, calculated_at ${time} NOT NULL, subscription_id TEXT NOT NULL,
      type TEXT NOT NULL, status TEXT NOT NULL, end_at ${time}, auto_renew ${flag} NOT NULL)${after}`,
    `CREATE TEMP TABLE import_lines (seq INTEGER NOT NULL, subscription_id TEXT NOT NULL, product TEXT NOT NULL, family TEXT NOT NULL,
      total INTEGER NOT NULL, assigned INTEGER NOT NULL, used INTEGER NOT NULL)${after}`,
    // Derived by landSubscriptions.ts: one row per customer and per subscription of the report,
    // and the lines of the row each subscription's figures come from; `state` says what the
    // store has of it (new, same, changed, older...).
    `CREATE TEMP TABLE import_customers (id TEXT PRIMARY KEY, name TEXT NOT NULL, name_key TEXT NOT NULL, total_users INTEGER,
      verified_users INTEGER, region TEXT, as_of ${time} NOT NULL, state TEXT NOT NULL)${after}`,
    `CREATE TEMP TABLE import_subscriptions (id TEXT PRIMARY KEY, customer_id TEXT NOT NULL, type TEXT NOT NULL, status TEXT NOT NULL,
      end_at ${time}, auto_renew ${flag} NOT NULL, as_of ${time} NOT NULL, seq INTEGER NOT NULL, state TEXT NOT NULL, old_customer_id TEXT)${after}`,
    `CREATE TEMP TABLE import_sub_lines (subscription_id TEXT NOT NULL, product TEXT NOT NULL, family TEXT NOT NULL, total INTEGER NOT NULL,
      assigned INTEGER NOT NULL, used INTEGER NOT NULL, state TEXT NOT NULL, PRIMARY KEY (subscription_id, product))${after}`,
  ];
}

const TABLES = ["import_rows", "import_lines", "import_customers", "import_subscriptions", "import_sub_lines"] as const;

export async function createImportTables(tx: Tx): Promise<void> {
  await dropImportTables(tx);
  for (const statement of tableDefinitions(clientEngine(tx))) await tx.$executeRawUnsafe(statement);
}

export async function dropImportTables(tx: Tx): Promise<void> {
  // Unqualified names find the temporary tables first (SQLite and PostgreSQL alike).
  const schema = clientEngine(tx) === "sqlite" ? "temp." : "pg_temp.";
  for (const table of TABLES) await tx.$executeRawUnsafe(`DROP TABLE IF EXISTS ${schema}${table}`);
}

/** One report row as import_rows holds it (`line`: its line in the file, which orders rows). */
export const rowValues = (r: SubscriptionDetailsRow, line: number): unknown[] => [
  line, r.orgId, r.customerName, nameKeyOf(r.customerName), r.totalUsers, r.verifiedUsers, r.region, r.calculationDate, r.subscriptionId, r.type, r.status, r.endAt, r.autoRenew,
];

/** The license lines of one report row, as import_lines holds them. */
export const lineValues = (r: SubscriptionDetailsRow, line: number): unknown[][] =>
  r.licenses.map((l) => [line, r.subscriptionId, l.product, familyOf(l.product), l.total, l.assigned, l.used]);

/** The two tables of report rows, as a SQLite file of their own keeps them (staging.ts). */
export const stagedTableDefinitions = (): string[] => tableDefinitions("sqlite").slice(0, 2).map((sql) => sql.replace("CREATE TEMP TABLE", "CREATE TABLE"));

export const ROW_COLUMN_NAMES = ROW_COLUMNS;
export const LINE_COLUMN_NAMES = LINE_COLUMNS;

/** Appends report rows; `lines` are their line numbers in the file, which order them. */
export async function stageSubscriptionRows(tx: Tx, rows: readonly SubscriptionDetailsRow[], lines: readonly number[]): Promise<void> {
  await insertRows(tx, "import_rows", ROW_COLUMNS, rows.map((r, i) => rowValues(r, lines[i]!)));
  await insertRows(tx, "import_lines", LINE_COLUMNS, rows.flatMap((r, i) => lineValues(r, lines[i]!)));
}

/**
 * SQLite: the report rows stay in the staging file, attached to the store's connection as
 * `staged` (unqualified names find its import_rows and import_lines); only the derived tables
 * are temporary. Outside any transaction (SQLite refuses ATTACH inside one).
 */
export async function attachStagedRows(tx: Tx, file: string): Promise<void> {
  await dropImportTables(tx);
  await tx.$executeRawUnsafe("ATTACH DATABASE ? AS staged", file);
  for (const statement of tableDefinitions("sqlite").slice(2)) await tx.$executeRawUnsafe(statement);
}

export async function detachStagedRows(tx: Tx): Promise<void> {
  await dropImportTables(tx);
  await tx.$executeRawUnsafe("DETACH DATABASE staged");
}

/** After the last rows: the indexes the landing's joins use, built once rather than row by row. */
export async function indexImportTables(tx: Tx): Promise<void> {
  await tx.$executeRaw(Prisma.sql`CREATE INDEX import_rows_by_org ON import_rows (org_id, seq)`);
  await tx.$executeRaw(Prisma.sql`CREATE INDEX import_rows_by_seq ON import_rows (seq)`);
  await tx.$executeRaw(Prisma.sql`CREATE INDEX import_lines_by_subscription ON import_lines (subscription_id, seq)`);
}

/**
 * PostgreSQL: the report rows are written through the driver (pg) into two UNLOGGED tables of
 * this import (`import_rows_<suffix>`, `import_lines_<suffix>`) before the landing transaction,
 * which then reads them through temporary views named like the SQLite tables. Through Prisma
 * instead, every page's JSON parameter stayed in the worker's heap for good (measured: about
 * 1.3 MB per 5,000 rows even after a forced collection, 381 MiB peak at 200,000 rows). Unlogged
 * and outside the transaction, they cost no WAL; a killed worker's tables are dropped by the
 * next import (their suffix starts with the time they were made).
 */
const STALE_STAGED_MS = 24 * 60 * 60_000;

export interface StagedTables {
  rows: string;
  lines: string;
}

export async function createStagedTables(driver: Driver): Promise<StagedTables> {
  await dropStaleStagedTables(driver);
  const suffix = `${Date.now()}_${randomBytes(4).toString("hex")}`;
  const tables = { rows: `import_rows_${suffix}`, lines: `import_lines_${suffix}` };
  const [rows, lines] = tableDefinitions("postgres").slice(0, 2).map((sql) => sql.replace(" ON COMMIT DROP", ""));
  await driver.query(Prisma.sql`${Prisma.raw(rows!.replace("CREATE TEMP TABLE import_rows", `CREATE UNLOGGED TABLE ${tables.rows}`))}`);
  await driver.query(Prisma.sql`${Prisma.raw(lines!.replace("CREATE TEMP TABLE import_lines", `CREATE UNLOGGED TABLE ${tables.lines}`))}`);
  return tables;
}

/** Appends staged rows (SQLite's 0/1 auto_renew, as the staging file keeps it) through the driver. */
export async function fillStagedTables(driver: Driver, tables: StagedTables, rows: ReadonlyArray<readonly unknown[]>, lines: ReadonlyArray<readonly unknown[]>): Promise<void> {
  const flag = ROW_COLUMNS.indexOf("auto_renew");
  const flagged = rows.map((r) => r.map((v, i) => (i === flag ? v === 1 || v === 1n || v === true : v)));
  for (const statement of insertStatements("postgres", tables.rows, ROW_COLUMNS, flagged)) await driver.query(statement);
  for (const statement of insertStatements("postgres", tables.lines, LINE_COLUMNS, lines)) await driver.query(statement);
}

/** After the last rows: the indexes the landing's joins use, then the views the landing reads (inside its transaction). */
export async function indexStagedTables(driver: Driver, tables: StagedTables): Promise<void> {
  await driver.query(Prisma.sql`${Prisma.raw(`CREATE INDEX ON ${tables.rows} (org_id, seq)`)}`);
  await driver.query(Prisma.sql`${Prisma.raw(`CREATE INDEX ON ${tables.rows} (seq)`)}`);
  await driver.query(Prisma.sql`${Prisma.raw(`CREATE INDEX ON ${tables.lines} (subscription_id, seq)`)}`);
  await driver.query(Prisma.sql`${Prisma.raw(`ANALYZE ${tables.rows}, ${tables.lines}`)}`);
}

/** Inside the landing transaction: the derived tables, and views so the landing's SQL names the staged rows as on SQLite. */
export async function viewStagedTables(tx: Tx, tables: StagedTables): Promise<void> {
  await dropImportTables(tx);
  await tx.$executeRawUnsafe(`CREATE TEMP VIEW import_rows AS SELECT * FROM ${tables.rows}`);
  await tx.$executeRawUnsafe(`CREATE TEMP VIEW import_lines AS SELECT * FROM ${tables.lines}`);
  for (const statement of tableDefinitions("postgres").slice(2)) await tx.$executeRawUnsafe(statement);
}

/** Before the landing commits: the views are the session's (a pooled connection's) until dropped; a rollback drops them with the rest. */
export async function unviewStagedTables(tx: Tx): Promise<void> {
  await tx.$executeRawUnsafe("DROP VIEW IF EXISTS pg_temp.import_rows, pg_temp.import_lines");
}

export async function dropStagedTables(driver: Driver, tables: StagedTables): Promise<void> {
  await driver.query(Prisma.sql`${Prisma.raw(`DROP TABLE IF EXISTS ${tables.rows}, ${tables.lines}`)}`);
}

async function dropStaleStagedTables(driver: Driver): Promise<void> {
  const found = await driver.query<{ name: string }>(Prisma.sql`
    SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename ~ '^import_(rows|lines)_[0-9]+_[0-9a-f]+$'`);
  const stale = found.map((t) => t.name).filter((name) => Date.now() - Number(name.split("_")[2]) > STALE_STAGED_MS);
  if (stale.length > 0) await driver.query(Prisma.sql`${Prisma.raw(`DROP TABLE IF EXISTS ${stale.join(", ")}`)}`);
}
