// SQLite's acknowledgement in a thread of its own. A webhook's 200 promises Webex the event is
// kept, so its INSERT is flushed to disk (synchronous = FULL): about 5 ms of fsync on this
// machine, which on the main thread blocks the event loop (better-sqlite3 is synchronous) and at
// a few hundred events/s would leave no time for anything else. Here the fsync blocks only this
// thread, and it is shared: events that arrive while one commit is flushing are inserted
// together, in one transaction, with one fsync (group commit). It also checkpoints the WAL,
// which on the main thread would block the event loop as well.
// SQLite has one writer: while an import lands a large file (one transaction, all or nothing:
// tens of seconds for 200,000 rows) the INSERT cannot run. Rather than answer Webex 503 (the bot
// cannot count on Webex delivering a refused event again: it could be lost), an event that waited
// `spillAfterMs` is appended to a journal beside the database, flushed to disk, and acknowledged; the journal is
// moved into the inbox once the lock is free (ON CONFLICT DO NOTHING: a crash between the move
// and the journal's truncation inserts nothing twice), and at the next start if the bot died first.
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import type { Logger } from "../log.js";

export interface AckThread {
  /** Inserts the bound row; true when stored now, false when it was stored before. */
  insert(sql: string, row: readonly unknown[]): Promise<boolean>;
  close(): Promise<void>;
}

// Plain CommonJS run with `eval`: the thread needs no build step, in dist/ or under the tests.
const THREAD = `
const { parentPort, workerData } = require("node:worker_threads");
const fs = require("node:fs");
const Database = require(workerData.driver);
const connection = new Database(workerData.file);
connection.pragma("journal_mode = WAL");
connection.pragma("synchronous = FULL");
connection.pragma("busy_timeout = " + workerData.spillAfterMs);
// The checkpoints happen here, off the event loop (the bot's own connections make none, see driver.ts).
setInterval(() => { try { connection.pragma("wal_checkpoint(PASSIVE)"); } catch {} }, 1000).unref();
const statements = new Map();
const insertAll = connection.transaction((items) => items.map(({ sql, row }) => {
  let statement = statements.get(sql);
  if (!statement) { statement = connection.prepare(sql); statements.set(sql, statement); }
  return statement.run(...row).changes === 1;
}));
const journal = workerData.journal;
const isBusy = (error) => error && (error.code === "SQLITE_BUSY" || error.code === "SQLITE_LOCKED");
// Once one event is in the journal, the next ones follow it there until it is moved (their order kept).
let spilling = fs.existsSync(journal) && fs.statSync(journal).size > 0;
function spill(items) {
  const fd = fs.openSync(journal, "a");
  try {
    fs.writeSync(fd, items.map(({ sql, row }) => JSON.stringify({ sql, row }) + "\\n").join(""));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  spilling = true;
}
function moveJournal() {
  if (!spilling) return;
  // A line cut short by a crash was never acknowledged (the 200 waits for the fsync): skipped.
  const items = fs.readFileSync(journal, "utf8").split("\\n").flatMap((line) => { try { return [JSON.parse(line)]; } catch { return []; } });
  connection.pragma("busy_timeout = 0");
  try {
    insertAll(items);
  } catch (error) {
    if (isBusy(error)) return;
    throw error;
  } finally {
    connection.pragma("busy_timeout = " + workerData.spillAfterMs);
  }
  fs.truncateSync(journal, 0);
  spilling = false;
  parentPort.postMessage({ ids: [], moved: items.length });
}
function tryMoveJournal() {
  try { moveJournal(); } catch (error) { parentPort.postMessage({ ids: [], journalError: String(error && error.message) }); }
}
setInterval(tryMoveJournal, workerData.moveEveryMs).unref();
let queue = [];
function flush() {
  const items = queue;
  queue = [];
  const ids = items.map((item) => item.id);
  try {
    if (!spilling) {
      try {
        parentPort.postMessage({ ids, stored: insertAll(items) });
        return;
      } catch (error) {
        if (!isBusy(error)) throw error;
      }
    }
    spill(items);
    parentPort.postMessage({ ids, stored: items.map(() => true), spilled: true });
  } catch (error) {
    parentPort.postMessage({ ids, error: { message: String(error && error.message), code: error && error.code } });
  }
}
parentPort.on("message", (item) => {
  if (item === "close") { connection.close(); process.exit(0); }
  queue.push(item);
  if (queue.length === 1) setImmediate(flush);
});
tryMoveJournal();
`;

type Pending = { resolve(stored: boolean): void; reject(error: Error): void };
type ThreadAnswer = {
  ids: number[]; stored?: boolean[]; spilled?: boolean; moved?: number; journalError?: string;
  error?: { message: string; code?: string };
};

export interface AckThreadOptions {
  /** How long an INSERT waits for SQLite's write lock before its event goes to the journal (default 2 s). */
  spillAfterMs?: number;
  /** How often the journal is tried for the move into the inbox (default 500 ms). */
  moveEveryMs?: number;
  log?: Logger;
}

/** The journal of events acknowledged while the database was locked, beside the database file. */
export const journalOf = (file: string): string => `${file}.inbox-spill.jsonl`;

export function createAckThread(file: string, options: AckThreadOptions = {}): AckThread {
  const driver = createRequire(import.meta.url).resolve("better-sqlite3");
  const journal = journalOf(file);
  const spillAfterMs = options.spillAfterMs ?? 2000;
  const moveEveryMs = options.moveEveryMs ?? 500;
  const log = options.log;
  let spilled = 0;
  const pending = new Map<number, Pending>();
  let nextId = 0;
  let worker: Worker | undefined;
  let closing = false;

  function failAll(error: Error): void {
    for (const waiter of pending.values()) waiter.reject(error);
    pending.clear();
  }

  function thread(): Worker {
    if (worker) return worker;
    const started = new Worker(THREAD, { eval: true, workerData: { file, driver, journal, spillAfterMs, moveEveryMs } });
    started.on("message", (answer: ThreadAnswer) => {
      if (answer.spilled) {
        if (spilled === 0) log?.warn({ spillAfterMs }, "the database is locked (an import landing?): events are kept in the inbox journal and acknowledged");
        spilled += answer.ids.length;
      }
      if (answer.moved !== undefined) {
        log?.info({ events: answer.moved }, "events kept in the inbox journal moved into the inbox");
        spilled = 0;
      }
      if (answer.journalError) log?.error({ reason: answer.journalError }, "could not move the inbox journal into the inbox; trying again");
      answer.ids.forEach((id, index) => {
        const waiter = pending.get(id);
        pending.delete(id);
        if (!waiter) return;
        if (answer.error) waiter.reject(Object.assign(new Error(answer.error.message), { code: answer.error.code }));
        else waiter.resolve(answer.stored![index]!);
      });
    });
    // A thread that died is started again on the next event; what it held is answered 503.
    started.on("error", (error) => failAll(error));
    started.on("exit", () => {
      if (worker === started) worker = undefined;
      failAll(new Error("the inbox's writer thread stopped"));
    });
    worker = started;
    return started;
  }
  // Started now, not at the first event: events acknowledged before a crash may wait in the
  // journal, and the bot's own connections leave the WAL's checkpoints to this thread (driver.ts).
  thread();

  return {
    insert(sql, row) {
      if (closing) return Promise.reject(new Error("the inbox's writer is closed"));
      const id = nextId++;
      return new Promise<boolean>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        thread().postMessage({ id, sql, row });
      });
    },
    async close() {
      closing = true;
      const running = worker;
      if (!running) return;
      await new Promise<void>((resolve) => {
        running.once("exit", () => resolve());
        running.postMessage("close");
      });
    },
  };
}
