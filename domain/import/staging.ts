// Validated rows wait here, in a temporary SQLite file of their own, between the read (long:
// parsing and zod) and the landing (short: one transaction). The store is not locked while a
// file is read, so the bot's own writes (inbox, outbox, settings) never wait for a parse.
// Rows come back grouped by customer, a batch at a time: every row of one customer is in the
// same batch, so the landers' per-customer sums and "created / updated" counts stay whole.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import Database from "better-sqlite3";
import type { RowsOfKind } from "./kinds/index.js";
import type { ReadRow } from "./read.js";
import type { ReportKind } from "./types.js";
import type { SubscriptionDetailsRow } from "./kinds/subscriptionDetails.js";
import { LINE_COLUMN_NAMES, lineValues, ROW_COLUMN_NAMES, rowValues, stagedTableDefinitions } from "./importTables.js";
import { storedValue } from "../store/engine.js";

/** The customer a row belongs to, and whether it names them (so it may introduce them). */
function customerOf(kind: ReportKind, row: RowsOfKind[ReportKind]): { orgId: string; named: boolean } {
  switch (kind) {
    case "subscription-details": return { orgId: (row as RowsOfKind["subscription-details"]).orgId, named: true };
    case "call-quality": {
      const r = row as RowsOfKind["call-quality"];
      return { orgId: r.leg.customerId, named: Boolean(r.customerName) };
    }
    case "call-history": return { orgId: (row as RowsOfKind["call-history"]).orgId, named: false };
    default: {
      const r = row as RowsOfKind["calling-usage" | "call-queue-stats"];
      return { orgId: r.orgId, named: Boolean(r.customerName) };
    }
  }
}

export interface StagedBatch { rows: unknown[]; lines: number[] }

/** A page of subscription details rows and their license lines, flattened (importTables.ts). */
export interface StagedPage { rows: unknown[][]; lines: unknown[][] }

// A report repeats a few hundred days over thousands of rows (its calculation date on every
// one): each is turned into the store's text once, not once per cell.
const storedDays = new Map<number, unknown>();
function stored(value: unknown): unknown {
  if (!(value instanceof Date)) return storedValue(value, "sqlite");
  const time = value.getTime();
  let text = storedDays.get(time);
  if (text === undefined) {
    if (storedDays.size > 10_000) storedDays.clear();
    storedDays.set(time, (text = storedValue(value, "sqlite")));
  }
  return text;
}

/** Rows per INSERT statement: one call into SQLite per 64 rows rather than per row (staging 50,000 rows: 430 → 330–370 ms). */
const ROWS_PER_INSERT = 64;

/** Inserts rows into `table`, ROWS_PER_INSERT at a time; flush() writes what is left. */
class MultiRowInsert {
  private readonly many: Database.Statement;
  private readonly one: Database.Statement;
  private pending: unknown[] = [];
  private count = 0;

  constructor(db: Database.Database, table: string, private readonly columns: readonly string[]) {
    const tuple = `(${columns.map(() => "?").join(", ")})`;
    const insert = (n: number) => db.prepare(`INSERT INTO ${table} (${columns.join(", ")}) VALUES ${Array.from({ length: n }, () => tuple).join(", ")}`);
    this.many = insert(ROWS_PER_INSERT);
    this.one = insert(1);
  }

  add(values: readonly unknown[]): void {
    for (const value of values) this.pending.push(stored(value));
    if (++this.count === ROWS_PER_INSERT) {
      this.many.run(this.pending);
      this.pending = [];
      this.count = 0;
    }
  }

  flush(): void {
    for (let i = 0; i < this.pending.length; i += this.columns.length) this.one.run(this.pending.slice(i, i + this.columns.length));
    this.pending = [];
    this.count = 0;
  }
}

export class Staging {
  private readonly dir: string;
  private readonly db: Database.Database;
  private readonly insert: Database.Statement;
  private indexed = false;
  private readonly file: string;
  /** Subscription details go to tables of their own, in the columns the landing's SQL reads. */
  private subscriptionInserts?: { rows: MultiRowInsert; lines: MultiRowInsert };

  /** `parent`: a folder its owner removes even if this process dies (the import worker's). */
  constructor(parent: string = tmpdir()) {
    this.dir = mkdtempSync(path.join(parent, "partnerhub-import-"));
    this.file = path.join(this.dir, "staging.sqlite");
    this.db = new Database(this.file);
    // A scratch file: nothing needs to survive a crash, so no journal and no syncing.
    this.db.pragma("journal_mode = OFF");
    this.db.pragma("synchronous = OFF");
    this.db.exec("CREATE TABLE rows (seq INTEGER PRIMARY KEY, line INTEGER NOT NULL, org TEXT NOT NULL, named INTEGER NOT NULL, data BLOB NOT NULL)");
    this.db.exec("CREATE TABLE touched (org TEXT PRIMARY KEY) WITHOUT ROWID");
    this.insert = this.db.prepare("INSERT INTO rows (line, org, named, data) VALUES (?, ?, ?, ?)");
  }

  /** Rows keep Dates and nested objects through V8's structured serialization. */
  add(kind: ReportKind, rows: ReadonlyArray<ReadRow>): void {
    if (kind === "subscription-details") return this.addSubscriptionRows(rows);
    this.db.transaction(() => {
      for (const { row, line } of rows) {
        const { orgId, named } = customerOf(kind, row);
        this.insert.run(line, orgId, named ? 1 : 0, serialize(row));
      }
    })();
  }

  private addSubscriptionRows(rows: ReadonlyArray<ReadRow>): void {
    this.subscriptionInserts ??= this.createSubscriptionTables();
    const { rows: rowTable, lines: lineTable } = this.subscriptionInserts;
    this.db.transaction(() => {
      for (const { row, line } of rows) {
        const r = row as SubscriptionDetailsRow;
        rowTable.add(rowValues(r, line));
        for (const values of lineValues(r, line)) lineTable.add(values);
      }
      rowTable.flush();
      lineTable.flush();
    })();
  }

  private createSubscriptionTables(): { rows: MultiRowInsert; lines: MultiRowInsert } {
    for (const sql of stagedTableDefinitions()) this.db.exec(sql);
    return { rows: new MultiRowInsert(this.db, "import_rows", ROW_COLUMN_NAMES), lines: new MultiRowInsert(this.db, "import_lines", LINE_COLUMN_NAMES) };
  }

  /** The staging file, for the store's connection to attach (SQLite: the landing reads it in place). */
  get path(): string {
    return this.file;
  }

  /** After the last row: the indexes the landing's joins use (importTables.ts). */
  indexSubscriptionRows(): void {
    if (!this.subscriptionInserts) return;
    this.db.exec("CREATE INDEX IF NOT EXISTS import_rows_by_org ON import_rows (org_id, seq)");
    this.db.exec("CREATE INDEX IF NOT EXISTS import_rows_by_seq ON import_rows (seq)");
    this.db.exec("CREATE INDEX IF NOT EXISTS import_lines_by_subscription ON import_lines (subscription_id, seq)");
  }

  /** Subscription details rows in file order, `size` at a time, with their license lines. */
  *subscriptionPages(size: number): Generator<StagedPage> {
    if (!this.subscriptionInserts) return;
    const rows = this.db.prepare(`SELECT ${ROW_COLUMN_NAMES.join(", ")} FROM import_rows WHERE seq > ? ORDER BY seq LIMIT ?`).raw(true);
    const lines = this.db.prepare(`SELECT ${LINE_COLUMN_NAMES.join(", ")} FROM import_lines WHERE seq > ? AND seq <= ?`).raw(true);
    let after = -1;
    for (;;) {
      const page = rows.all(after, size) as unknown[][];
      if (page.length === 0) return;
      const last = page.at(-1)![0] as number;
      yield { rows: page, lines: lines.all(after, last) as unknown[][] };
      after = last;
    }
  }

  private index(): void {
    if (this.indexed) return;
    this.db.exec("CREATE INDEX rows_by_org ON rows (org, seq)");
    this.indexed = true;
  }

  /** About `size` rows at a time in file order within each customer, never splitting a customer. */
  *batches(size: number): Generator<StagedBatch> {
    this.index();
    const page = this.db.prepare("SELECT line, org, data FROM rows WHERE org > ? ORDER BY org, seq LIMIT ?");
    const whole = this.db.prepare("SELECT line, org, data FROM rows WHERE org = ? ORDER BY seq");
    type Staged = { line: number; org: string; data: Buffer };
    let after = "";
    for (;;) {
      let rows = page.all(after, size) as Staged[];
      if (rows.length === 0) return;
      const last = rows.at(-1)!.org;
      if (rows.length === size) {
        const complete = rows.filter((r) => r.org !== last);
        rows = complete.length > 0 ? complete : (whole.all(last) as Staged[]);
      }
      after = rows.at(-1)!.org;
      yield { rows: rows.map((r) => deserialize(r.data)), lines: rows.map((r) => r.line) };
    }
  }

  /** Customers a landed batch changed: kept here, not in memory, until the one rollup refresh. */
  addTouched(orgIds: readonly string[]): void {
    const add = this.db.prepare("INSERT OR IGNORE INTO touched (org) VALUES (?)");
    this.db.transaction(() => { for (const id of orgIds) add.run(id); })();
  }

  touched(): string[] {
    return this.db.prepare("SELECT org FROM touched ORDER BY org").pluck().all() as string[];
  }

  /** Customers only ever mentioned without a name (call records): the ones that must already exist. */
  *namelessCustomers(size = 5000): Generator<string[]> {
    const rows = this.db.prepare("SELECT org FROM rows GROUP BY org HAVING max(named) = 0 ORDER BY org").pluck().all() as string[];
    for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
  }

  /** Lines of the rows of `orgIds`, in file order: the first `limit`, and how many in all. */
  linesOf(orgIds: readonly string[], limit: number): { lines: Array<{ line: number; org: string }>; count: number } {
    const list = JSON.stringify(orgIds);
    const lines = this.db.prepare("SELECT line, org FROM rows WHERE org IN (SELECT value FROM json_each(?)) ORDER BY seq LIMIT ?").all(list, limit) as Array<{ line: number; org: string }>;
    const count = this.db.prepare("SELECT count(*) FROM rows WHERE org IN (SELECT value FROM json_each(?))").pluck().get(list) as number;
    return { lines, count };
  }

  close(): void {
    this.db.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
