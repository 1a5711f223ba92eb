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

/** The newest imports, or only those `actor` ran (an admin who sees only some customers sees only their own). */
export async function recentImports(db: Pick<Db, "importBatch">, { limit, actor }: { limit: number; actor?: string }): Promise<ImportListEntry[]> {
  const rows = await db.importBatch.findMany({
    where: actor === undefined ? {} : { actor },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.max(1, Math.min(limit, 100)),
  });
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
