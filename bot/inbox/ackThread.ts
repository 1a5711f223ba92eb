// SQLite's acknowledgement in a thread of its own. A webhook's 200 promises Webex the event is
// kept, so its INSERT is flushed to disk (synchronous = FULL): about 5 ms of fsync on this
// machine, which on the main thread blocks the event loop (better-sqlite3 is synchronous) and at
// a few hundred events/s would leave no time for anything else. Here the fsync blocks only this
// thread, and it is shared: events that arrive while one commit is flushing are inserted
// together, in one transaction, with one fsync (group commit). Its busy wait blocks only this
// thread too, so it can simply wait for the main connection's short writes. It also
// checkpoints the WAL, which on the main thread would block the event loop as well.
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

export interface AckThread {
  /** Inserts the bound row; true when stored now, false when it was stored before. */
  insert(sql: string, row: readonly unknown[]): Promise<boolean>;
  close(): Promise<void>;
}

// Plain CommonJS run with `eval`: the thread needs no build step, in dist/ or under the tests.
const THREAD = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const connection = new Database(workerData.file);
connection.pragma("journal_mode = WAL");
connection.pragma("synchronous = FULL");
connection.pragma("busy_timeout = 10000");
// The checkpoints happen here, off the event loop (the main connection's are rare, see driver.ts).
setInterval(() => { try { connection.pragma("wal_checkpoint(PASSIVE)"); } catch {} }, 1000).unref();
const statements = new Map();
const insertAll = connection.transaction((items) => items.map(({ sql, row }) => {
  let statement = statements.get(sql);
  if (!statement) { statement = connection.prepare(sql); statements.set(sql, statement); }
  return statement.run(...row).changes === 1;
}));
let queue = [];
function flush() {
  const items = queue;
  queue = [];
  try {
    parentPort.postMessage({ ids: items.map((item) => item.id), stored: insertAll(items) });
  } catch (error) {
    parentPort.postMessage({ ids: items.map((item) => item.id), error: { message: String(error && error.message), code: error && error.code } });
  }
}
parentPort.on("message", (item) => {
  if (item === "close") { connection.close(); process.exit(0); }
  queue.push(item);
  if (queue.length === 1) setImmediate(flush);
});
`;

type Pending = { resolve(stored: boolean): void; reject(error: Error): void };

export function createAckThread(file: string): AckThread {
  const driver = createRequire(import.meta.url).resolve("better-sqlite3");
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
    const started = new Worker(THREAD, { eval: true, workerData: { file, driver } });
    started.on("message", (answer: { ids: number[]; stored?: boolean[]; error?: { message: string; code?: string } }) => {
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
