// The changes between two dated snapshots, computed once for the whole partner and kept in
// dated_changes: comparing two snapshots of 50,000 customers takes about a second, reading a
// page of their differences with the asker's scope a few milliseconds. Computed the first time
// a pair is asked for (a later import that rewrites either snapshot drops the set, see
// domain/import/datedSnapshots.ts); two askers at once both compute, one of them keeps it.
import { z } from "zod";
import { Prisma } from "../../../prisma/generated/sqlite/client.js";
import { customerScope } from "../../analytics/scope.js";
import { analyzeStore } from "../analyze.js";
import { DEFAULT_ANALYTICS_SETTINGS } from "../../analytics/settings.js";
import { allChanges, CHANGE_KINDS, type Change } from "../../attention/changes.js";
import { nameKeyOf } from "../../text.js";
import { insertRows } from "../../import/tx.js";
import type { Db } from "../client.js";
import { figure, typedRows } from "../typedRows.js";
import { changedSubscriptions, changedTotals, newCustomers } from "./changesQueries.js";
import type { AttentionQuery } from "./todayQueries.js";

const sql = Prisma.sql;
const who = { customerId: z.string(), customerName: z.string() };
const changeSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("statusChanged"), ...who, subscriptionId: z.string(), from: z.string(), to: z.string() }),
  z.object({ kind: z.literal("newlyOverLimit"), ...who, subscriptionId: z.string(), overage: z.number() }),
  z.object({ kind: z.literal("newlyExpiring"), ...who, subscriptionId: z.string(), trial: z.boolean(), endAt: z.coerce.date() }),
  z.object({ kind: z.literal("autoRenewOff"), ...who, subscriptionId: z.string(), endAt: z.coerce.date().nullable() }),
  z.object({ kind: z.enum(["licensesDown", "licensesUp"]), ...who, before: z.number(), now: z.number() }),
  z.object({ kind: z.literal("newCustomer"), ...who }),
]);

export interface SnapshotPair { now: Date; before: Date }

/** Computes and keeps the changes of `pair` for every customer, unless they are kept already. */
export async function ensureChangeSet(db: Db, pair: SnapshotPair, now: Date): Promise<void> {
  if (await db.datedChangeSet.findUnique({ where: { newerAt_olderAt: { newerAt: pair.now, olderAt: pair.before } } })) return;
  const everyone: AttentionQuery = { db, now, viewer: { email: "", role: "full", adminId: null }, filter: {}, settings: DEFAULT_ANALYTICS_SETTINGS };
  const [pairs, totals, fresh] = await Promise.all([changedSubscriptions(everyone, pair), changedTotals(everyone, pair), newCustomers(everyone, pair)]);
  const changes = allChanges(pairs, totals, fresh, pair);
  try {
    await db.$transaction(async (tx) => {
      await tx.datedChangeSet.create({ data: { newerAt: pair.now, olderAt: pair.before, changes: changes.length, computedAt: now } });
      await insertRows(tx, "dated_changes", ["newer_at", "older_at", "seq", "rank", "name_key", "customer_id", "detail"],
        changes.map((c, seq) => [pair.now, pair.before, seq, CHANGE_KINDS.indexOf(c.kind), nameKeyOf(c.customerName), c.customerId, JSON.stringify(c)]));
    });
  } catch (error) {
    // Another asker kept the same set first: theirs is the same.
    if ((error as { code?: string }).code !== "P2002") throw error;
    return;
  }
  // Planner statistics of the new rows: without them PostgreSQL took a set of 37,000 changes
  // (50,000 customers) for 3 rows and probed customers once per change, 0.5 s for every page.
  await analyzeStore(db, ["dated_changes"]);
}

const detailRow = z.object({ detail: z.string(), name: z.string() });

/** The kept changes of `pair` among the customers `q` selects: how many, and one page (or all). */
export async function changePage(q: AttentionQuery, pair: SnapshotPair, page: { offset: number; limit: number } | "all"): Promise<{ total: number; changes: Change[] }> {
  const from = sql`dated_changes d JOIN customers c ON c.id = d.customer_id
    WHERE d.newer_at = ${pair.now} AND d.older_at = ${pair.before} AND ${customerScope(q.filter, q.viewer, q.now, q.settings)}`;
  const [counted] = await typedRows(q.db, "change count", sql`SELECT COUNT(*) AS n FROM ${from}`, z.object({ n: figure }));
  const limit = page === "all" ? Prisma.empty : sql`LIMIT ${page.limit} OFFSET ${page.offset}`;
  const rows = await typedRows(q.db, "changes", sql`SELECT d.detail AS detail, c.name AS name FROM ${from} ORDER BY d.rank, d.name_key, d.seq ${limit}`, detailRow);
  // Names as the customer is called now; the rest as the snapshots said.
  return { total: counted?.n ?? 0, changes: rows.map((r) => ({ ...changeSchema.parse(JSON.parse(r.detail)), customerName: r.name }) as Change) };
}
