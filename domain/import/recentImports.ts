// The audit command's view: the latest imports and syncs that landed, newest first.
import type { Db } from "../store/client.js";
import { zeroCounts, type Counts } from "./types.js";

export interface ImportListEntry {
  id: number;
  at: Date;
  actor: string;
  kind: string;
  source: string;
  fileName: string | null;
  reportDate: Date | null;
  rowsRead: number;
  customers: Counts;
  subscriptions: Counts;
  records: Counts;
}

export async function recentImports(db: Pick<Db, "importBatch">, { limit }: { limit: number }): Promise<ImportListEntry[]> {
  const rows = await db.importBatch.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: Math.max(1, Math.min(limit, 100)) });
  return rows.map((row) => {
    let counts: Partial<Record<"customers" | "subscriptions" | "records", Counts>> = {};
    try {
      counts = JSON.parse(row.summary) as typeof counts;
    } catch {
      // A summary written by hand or an older version: show zeros rather than fail the command.
    }
    return {
      id: row.id, at: row.createdAt, actor: row.actor, kind: row.kind, source: row.source, fileName: row.fileName,
      reportDate: row.reportDate, rowsRead: row.rowsRead,
      customers: counts.customers ?? zeroCounts(), subscriptions: counts.subscriptions ?? zeroCounts(), records: counts.records ?? zeroCounts(),
    };
  });
}
