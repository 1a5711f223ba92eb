// The inbox's own connection for acknowledging: a webhook's 200 waits only for this one INSERT,
// never behind the queries of the events being handled (SQLite: a second connection, WAL lets
// it write; PostgreSQL: a small pool of its own). ON CONFLICT DO NOTHING is the replay check.
import Database from "better-sqlite3";
import pg from "pg";
import { engineOf, sqlitePath, storedValue } from "../../domain/store/engine.js";
import type { WebhookEnvelope } from "../webex/envelope.js";

export interface InboxWriter {
  /** true: stored now; false: the same event was stored before. */
  insert(envelope: WebhookEnvelope): Promise<boolean>;
  close(): Promise<void>;
}

/** How long an acknowledgement waits for SQLite's write lock before answering 503. */
const SQLITE_BUSY_PATIENCE_MS = 10_000;

const COLUMNS = "(resource, event, data_id, room_id, envelope, status, attempts, next_attempt_at, received_at)";

const rowOf = (envelope: WebhookEnvelope) => [
  envelope.resource, envelope.event, envelope.data.id,
  typeof envelope.data.roomId === "string" ? envelope.data.roomId : null, JSON.stringify(envelope),
];

export function createInboxWriter(databaseUrl: string): InboxWriter {
  if (engineOf(databaseUrl) === "sqlite") {
    const connection = new Database(sqlitePath(databaseUrl));
    connection.pragma("journal_mode = WAL");
    // No busy wait inside SQLite: better-sqlite3 waits synchronously, on the event loop, so
    // while Prisma's connection held a write transaction across an await (this same process) the
    // wait could only end by timing out, freezing every request for its length. Busy is retried
    // here instead, between turns of the event loop, so the holder can finish.
    connection.pragma("busy_timeout = 0");
    const statement = connection.prepare(`INSERT INTO inbox ${COLUMNS} VALUES (?, ?, ?, ?, ?, 'pending', 0, ?, ?) ON CONFLICT DO NOTHING`);
    return {
      async insert(envelope) {
        const deadline = Date.now() + SQLITE_BUSY_PATIENCE_MS;
        for (let attempt = 0; ; attempt++) {
          // Dates exactly as Prisma writes them, so that its queries compare them correctly.
          const now = storedValue(new Date(), "sqlite");
          try {
            return statement.run(...rowOf(envelope), now, now).changes === 1;
          } catch (error) {
            const code = (error as { code?: string }).code ?? "";
            if (!code.startsWith("SQLITE_BUSY") || Date.now() >= deadline) throw error;
            await new Promise((resolve) => setTimeout(resolve, Math.min(2 ** attempt, 25)));
          }
        }
      },
      async close() {
        connection.close();
      },
    };
  }
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  return {
    async insert(envelope) {
      const now = new Date().toISOString();
      const result = await pool.query(`INSERT INTO inbox ${COLUMNS} VALUES ($1, $2, $3, $4, $5, 'pending', 0, $6::timestamp, $6::timestamp) ON CONFLICT DO NOTHING`, [...rowOf(envelope), now]);
      return result.rowCount === 1;
    },
    async close() {
      await pool.end();
    },
  };
}
