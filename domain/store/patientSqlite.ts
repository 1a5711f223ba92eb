// Prisma's SQLite connection, patient without blocking. better-sqlite3 is synchronous: with a
// busy timeout, a statement that meets another process's write lock (an import's landing, in
// its worker) waits INSIDE SQLite, on the event loop, freezing every request of the bot for as
// long as the lock is held (5 s and a failure, measured in bench/import.bench.ts). Here SQLite
// never waits (busy_timeout 0); a busy statement is retried between turns of the event loop
// instead, as the inbox's acknowledgements already are (bot/inbox/writer.ts).
// Transactions begin IMMEDIATE: the write lock is taken (or waited for, between turns) at
// BEGIN, so no statement inside can meet a busy lock. A deferred BEGIN would read a snapshot
// first, and a later write after another process's commit fails outright (SQLITE_BUSY_SNAPSHOT).
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

type Factory = PrismaBetterSQLite3;
type Adapter = Awaited<ReturnType<Factory["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;
type Query = Parameters<Adapter["queryRaw"]>[0];

/** How long a statement keeps retrying a busy lock: longer than the longest landing. */
export const SQLITE_BUSY_PATIENCE_MS = 60_000;

export function isBusy(error: unknown): boolean {
  // The adapter wraps SQLITE_BUSY in a DriverAdapterError (cause.originalCode); extended busy
  // codes (SQLITE_BUSY_SNAPSHOT) come through as better-sqlite3's own error (code).
  const e = error as { code?: unknown; cause?: { originalCode?: unknown } } | undefined;
  return String(e?.cause?.originalCode ?? e?.code ?? "").startsWith("SQLITE_BUSY");
}

/** Runs `run`, retrying it between turns of the event loop while SQLite says busy. */
export async function patiently<T>(run: () => T | Promise<T>): Promise<T> {
  const deadline = Date.now() + SQLITE_BUSY_PATIENCE_MS;
  for (let attempt = 0; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (!isBusy(error) || Date.now() >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.min(2 ** attempt, 25)));
    }
  }
}

const statement = (sql: string): Query => ({ sql, args: [], argTypes: [] });

class PatientAdapter {
  readonly provider = "sqlite" as const;
  readonly adapterName: string;
  /** One transaction at a time on the one connection: the tail of the queue of them. */
  private tail: Promise<void> = Promise.resolve();

  constructor(private readonly inner: Adapter) {
    this.adapterName = inner.adapterName;
  }

  queryRaw(query: Query) {
    return patiently(() => this.inner.queryRaw(query));
  }

  executeRaw(query: Query) {
    return patiently(() => this.inner.executeRaw(query));
  }

  executeScript(script: string) {
    return patiently(() => this.inner.executeScript(script));
  }

  dispose() {
    return this.inner.dispose();
  }

  async startTransaction(isolationLevel?: Parameters<Adapter["startTransaction"]>[0]): Promise<Transaction> {
    // The adapter's own refusal of isolation levels SQLite does not have.
    if (isolationLevel && isolationLevel !== "SERIALIZABLE") return this.inner.startTransaction(isolationLevel);
    const before = this.tail;
    let release!: () => void;
    this.tail = new Promise<void>((resolve) => { release = resolve; });
    await before;
    try {
      await patiently(() => this.inner.executeRaw(statement("BEGIN IMMEDIATE")));
    } catch (error) {
      release();
      throw error;
    }
    const inner = this.inner;
    // Prisma sends COMMIT / ROLLBACK itself through executeRaw (usePhantomQuery: false), then
    // calls commit() / rollback(), which only let the next transaction begin.
    return {
      provider: this.provider, adapterName: this.adapterName, options: { usePhantomQuery: false },
      queryRaw: (query: Query) => inner.queryRaw(query),
      executeRaw: (query: Query) => inner.executeRaw(query),
      commit: async () => release(),
      rollback: async () => release(),
    };
  }
}

/** The adapter factory for a SQLite file, in place of PrismaBetterSQLite3's own. */
export function patientSqliteAdapter(file: string) {
  const factory = new PrismaBetterSQLite3({ url: file, timeout: 0 });
  return {
    provider: "sqlite" as const,
    adapterName: factory.adapterName,
    connect: async () => new PatientAdapter(await factory.connect()),
    connectToShadowDb: async () => new PatientAdapter(await factory.connectToShadowDb()),
  };
}
