// The per-event hot path (the inbox, the outbox, the space and viewer look-ups) goes to the
// driver, not through Prisma. Measured under a burst of webhook events (bench/burst.bench.ts):
// about two thirds of the bot's CPU per event was Prisma's query compiler, its runtime and its
// SQLite adapter preparing every statement again. Here each statement is prepared once and
// cached (better-sqlite3 statements; named statements on each pg connection), and SQL is
// written once with `?` placeholders where the dialects agree.
// SQLite: ONE connection does every hot-path read and write, so acknowledging, claiming and
// sending never contend for the write lock inside the process. Its statements never hold a
// transaction across an await; only Prisma's interactive transactions (scheduler, imports) can,
// so busy is retried here between turns of the event loop, never waited for synchronously.
import Database from "better-sqlite3";
import pg from "pg";
import type { Db, Prisma } from "./client.js";
import { engineOf, sqlitePath, storedValue, type Engine } from "./engine.js";
import { patiently } from "./patientSqlite.js";

export interface Driver {
  readonly engine: Engine;
  /** The rows of a SELECT or of a statement with RETURNING. `sql` uses `?` placeholders. */
  all<Row>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /**
   * Runs a statement; resolves with how many rows it changed. `durable`: on SQLite, flushed to
   * disk before it resolves (synchronous = FULL), as every write through Prisma is; the other
   * hot-path writes survive a crash of the process but not of the machine (see sqliteDriver).
   */
  run(sql: string, params?: readonly unknown[], options?: { durable?: boolean }): Promise<number>;
  /**
   * The rows of a Prisma.Sql query (what `db.$queryRaw` takes): for the commands' own queries,
   * whose texts vary with their filters. Values come back as the driver gives them; read them
   * with domain/analytics/values.ts (num, bool, toDate), as both engines already need.
   */
  query<Row>(sql: Prisma.Sql): Promise<Row[]>;
  close(): Promise<void>;
}

/** Distinct statement texts kept prepared; the hot path has a few dozen. */
const MAX_STATEMENTS = 256;

function sqliteDriver(file: string): Driver {
  const connection = new Database(file);
  connection.pragma("journal_mode = WAL");
  // No busy wait inside SQLite: better-sqlite3 would wait synchronously, on the event loop,
  // while the holder (Prisma's connection, in an interactive transaction across an await) can
  // only finish on a later turn of that same loop.
  connection.pragma("busy_timeout = 0");
  // WAL with synchronous = NORMAL: a commit is in the WAL file before the statement returns (a
  // killed process loses nothing) but is flushed to disk only at checkpoints, so a power cut
  // may undo the last claims, completions and outbox marks: the same as a crash just before
  // them (the event is handled again, the answer's outbox key keeps it once, a send is retried).
  // FULL flushed every commit: 5 ms of a blocked event loop each on this machine, six commits
  // per event. What was acknowledged to Webex stays durable (`durable`, and bot/inbox/ackThread.ts).
  connection.pragma("synchronous = NORMAL");
  // A checkpoint copies the WAL into the database and flushes it, on the event loop when this
  // connection's commit triggers it: after an import landed (a WAL of 180 MB per 50,000 rows)
  // the bot's next outbox write spent 516 ms in one (bench/import.bench.ts). So never here: the
  // importing process checkpoints what it wrote (bot/imports/importWorker.ts), the bot's
  // acknowledging thread the rest, every second (bot/inbox/ackThread.ts, started with the bot);
  // the bot's Prisma connection does not checkpoint either (bot/server.ts). Other processes (the
  // CLI, report workers) keep SQLite's automatic checkpoints.
  connection.pragma("wal_autocheckpoint = 0");
  const statements = new Map<string, Database.Statement>();
  const prepared = (sql: string): Database.Statement => {
    let statement = statements.get(sql);
    if (!statement) {
      if (statements.size >= MAX_STATEMENTS) statements.clear();
      statement = connection.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };

  const bind = (params: readonly unknown[]) => params.map((value) => storedValue(value, "sqlite"));
  return {
    engine: "sqlite",
    all: <Row>(sql: string, params: readonly unknown[] = []) => patiently(() => prepared(sql).all(...bind(params)) as Row[]),
    run: (sql, params = [], options = {}) => patiently(() => {
      if (!options.durable) return prepared(sql).run(...bind(params)).changes;
      connection.pragma("synchronous = FULL");
      try {
        return prepared(sql).run(...bind(params)).changes;
      } finally {
        connection.pragma("synchronous = NORMAL");
      }
    }),
    query: <Row>(sql: Prisma.Sql) => patiently(() => prepared(sql.sql).all(...bind(sql.values)) as Row[]),
    async close() {
      connection.close();
    },
  };
}

// Prisma's PostgreSQL columns are `timestamp(3)` in UTC: read them as UTC, as the row reader does.
const TIMESTAMP_OID = 1114;
const utcTypes = {
  getTypeParser(oid: number, format?: string) {
    if (oid === TIMESTAMP_OID) return (text: string) => new Date(`${text.replace(" ", "T")}Z`);
    return pg.types.getTypeParser(oid, format as "text");
  },
};

/** `?` placeholders as PostgreSQL's `$1, $2, ...` (hot-path SQL has no `?` in literals). */
export function numberedPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

function postgresDriver(connectionString: string, max: number): Driver {
  const pool = new pg.Pool({ connectionString, max, options: "-c jit=off" });
  // An idle connection the server closed (a restart, a dropped database) is only thrown away:
  // the next query opens another. Without a listener the pool's error would end the process.
  pool.on("error", () => undefined);
  // A name per text: pg prepares a named statement once per connection and reuses its plan.
  const texts = new Map<string, { name: string; text: string }>();
  const query = async (sql: string, params: readonly unknown[]) => {
    let named = texts.get(sql);
    if (!named) {
      named = { name: `hot${texts.size}`, text: numberedPlaceholders(sql) };
      texts.set(sql, named);
    }
    return pool.query({ ...named, values: params.map((value) => storedValue(value, "postgres")), types: utcTypes });
  };
  return {
    engine: "postgres",
    all: async <Row>(sql: string, params: readonly unknown[] = []) => (await query(sql, params)).rows as Row[],
    run: async (sql, params = []) => (await query(sql, params)).rowCount ?? 0,
    // Unnamed: these texts vary (filters, IN lists), and a named statement lives as long as its connection.
    query: async <Row>(sql: Prisma.Sql) => (await pool.query({ text: sql.text, values: sql.values.map((value) => storedValue(value, "postgres")), types: utcTypes })).rows as Row[],
    close: () => pool.end(),
  };
}

/** `max`: PostgreSQL connections of this driver's own pool (SQLite: always one connection). */
export function createDriver(databaseUrl: string, options: { max?: number } = {}): Driver {
  return engineOf(databaseUrl) === "sqlite" ? sqliteDriver(sqlitePath(databaseUrl)) : postgresDriver(databaseUrl, options.max ?? 10);
}

const drivers = new WeakMap<Db, Driver>();

/** Registers the driver opened with a store's client (openStore does). */
export function attachDriver(db: Db, driver: Driver): void {
  drivers.set(db, driver);
}

/** The driver opened with `db`'s store. Every store the bot uses comes from openStore, which opens one. */
export function driverOf(db: Db): Driver {
  const driver = drivers.get(db);
  if (!driver) throw new Error("this store has no driver connection: open it with openStore");
  return driver;
}

/**
 * `db.$queryRaw(sql)` through the store's driver when it has one (openStore), else through Prisma
 * (a client opened on its own, such as a report worker's). Values differ by path and engine as
 * they already did by engine: read them with domain/analytics/values.ts (num, bool, toDate).
 */
export function rawRows<Row>(db: Db, sql: Prisma.Sql): Promise<Row[]> {
  const driver = drivers.get(db);
  return driver ? driver.query<Row>(sql) : db.$queryRaw<Row[]>(sql);
}
