// Writes a prepared import inside a transaction the caller owns (importReport's own, or the one
// sync gathers everything into), refreshes the rollups of the customers it touched, and
// records the batch and the audit entry. Throws to roll back; never half-writes.
import { customerCount, refreshCustomerRollups } from "../analytics/rollups.js";
import type { Clock } from "../clock.js";
import { DAY_MS } from "../clock.js";
import { weekStartOf, weeksFromCallHistory, weeksFromQueueStats } from "./callQueueKpis.js";
import { ensureCustomers, landCallingUsage, landCallQueueWeeks, usageRecords } from "./landCalling.js";
import { landCallQualityWeeks } from "./landCallQuality.js";
import { qualityWeeksOf } from "../calling/qualityWeeks.js";
import { landStagedSubscriptions, touchedCount, touchedCustomers, type LandSubscriptionOptions } from "./landSubscriptions.js";
import { recordStagedSnapshots, settleDatedSnapshots } from "./datedSnapshots.js";
import { createImportTables, dropImportTables, indexImportTables, stageSubscriptionRows } from "./importTables.js";
import { refreshCallingWeeks } from "../calling/storeCallingWeeks.js";
import type { PreparedImport } from "./prepare.js";
import type { Tx } from "./tx.js";
import { analyzeStore } from "../store/analyze.js";
import { smallerThan, withoutSecondaryIndexes } from "../store/bulkIndexes.js";
import { num } from "../analytics/values.js";
import { zeroCounts, type ImportedSummary, type ImportSource } from "./types.js";

export interface LandOptions {
  /** Region of customers the store has not seen, when neither their row nor the report names one. */
  region: string;
  clock: Clock;
  /** The one region the report covers (sync asks the Partner Reports API for one per region). */
  reportRegion?: string;
  /**
   * Leave the rollups to the caller, who lands a file in several batches and refreshes once for
   * all of them (refreshAfterLanding): once per batch would recompute the same tables each time.
   */
  deferRefresh?: boolean;
}

/** The rollups a landed kind feeds, refreshed for the customers it touched. */
/** `touchedCustomerIds` undefined: every customer (a report that changed most of them). */
export async function refreshAfterLanding(tx: Tx, kind: PreparedImport["kind"], touchedCustomerIds: readonly string[] | undefined, snapshotAt: Date): Promise<void> {
  if (kind === "subscription-details") {
    const whole = await refreshCustomerRollups(tx, touchedCustomerIds);
    await settleDatedSnapshots(tx, snapshotAt, { weekSummed: whole });
  }
  else if (kind === "calling-usage") await refreshCallingWeeks(tx, touchedCustomerIds ?? []);
}

/**
 * A subscription details report already in the import tables (importTables.ts): lands it, keeps
 * its dated snapshots, and (unless deferred) refreshes the rollups of the customers it touched.
 */
export async function landSubscriptionReport(tx: Tx, options: LandSubscriptionOptions & { deferRefresh: boolean }): Promise<ImportedSummaryParts> {
  // Batches of one file (deferRefresh) would rebuild the same indexes once per batch.
  if (options.deferRefresh) return landAndRefresh(tx, options);
  const bulk = await smallerThan(tx, LANDED_TABLES, async () => {
    const [staged] = await tx.$queryRawUnsafe<Array<{ n: unknown }>>("SELECT COUNT(*) AS n FROM import_rows");
    return num(staged?.n);
  });
  const landed = await withoutSecondaryIndexes(tx, bulk, () => landAndRefresh(tx, options));
  // DROP INDEX took their statistics along: the planners would pick blindly until the next import.
  if (bulk.length > 0) await analyzeStore(tx, bulk);
  return landed;
}

/** The tables a landing writes about a row per report row into (or more): bulk-loaded when smaller than the report. */
const LANDED_TABLES = ["customers", "subscriptions", "license_lines", "dated_snapshots", "license_snapshots"];

async function landAndRefresh(tx: Tx, options: LandSubscriptionOptions & { deferRefresh: boolean }): Promise<ImportedSummaryParts> {
  const landed = await landStagedSubscriptions(tx, options);
  await recordStagedSnapshots(tx, landed.reportDate ?? options.now);
  // A report that changed most of the store's customers rewrites every rollup: their ids (up to
  // 100,000 for 200,000 rows) need not pass through JavaScript, where they cost ~100 MB.
  const count = await touchedCount(tx);
  const whole = !options.deferRefresh && count > 1000 && count * 2 > await customerCount(tx);
  const touchedCustomerIds = whole ? [] : await touchedCustomers(tx);
  if (!options.deferRefresh) await refreshAfterLanding(tx, "subscription-details", whole ? undefined : touchedCustomerIds, landed.reportDate ?? options.now);
  return {
    customers: landed.customers, subscriptions: landed.subscriptions, reportDate: landed.reportDate, touchedCustomerIds,
    ...(landed.keptNewer > 0 && { keptNewer: landed.keptNewer }),
  };
}

type ImportedSummaryParts = Pick<ImportedSummary, "customers" | "subscriptions" | "reportDate" | "keptNewer"> & { touchedCustomerIds: string[] };

export async function landPrepared(tx: Tx, prepared: PreparedImport, options: LandOptions): Promise<ImportedSummary & { touchedCustomerIds: string[] }> {
  const base = { kind: prepared.kind, fileName: prepared.fileName, rowsRead: prepared.rowsRead, customers: zeroCounts(), subscriptions: zeroCounts(), records: zeroCounts(), reportDate: null as Date | null };
  const now = options.clock.now();
  switch (prepared.kind) {
    case "subscription-details": {
      await createImportTables(tx);
      await stageSubscriptionRows(tx, prepared.rows, prepared.lines);
      await indexImportTables(tx);
      const landed = await landSubscriptionReport(tx, { region: options.region, now, reportRegion: options.reportRegion ?? null, deferRefresh: options.deferRefresh ?? false });
      await dropImportTables(tx);
      return { ...base, ...landed };
    }
    case "calling-usage": {
      const { created } = await ensureCustomers(tx, prepared.rows.map((r) => ({ orgId: r.orgId, name: r.customerName })), options.region, now);
      // Without period columns the report covers the last full calendar week before the import.
      const thisMonday = weekStartOf(now);
      const usage = usageRecords(prepared.rows, { start: new Date(thisMonday.getTime() - 7 * DAY_MS), end: thisMonday });
      const landed = await landCallingUsage(tx, usage);
      if (!options.deferRefresh) await refreshCallingWeeks(tx, landed.touchedCustomerIds);
      return { ...base, customers: { ...zeroCounts(), created: created.length }, records: landed.records, reportDate: latest(usage.map((u) => u.periodEnd)), touchedCustomerIds: landed.touchedCustomerIds };
    }
    case "call-quality": {
      const { created } = await ensureCustomers(tx, prepared.rows.map((r) => ({ orgId: r.leg.customerId, name: r.customerName })), options.region, now);
      const landed = await landCallQualityWeeks(tx, qualityWeeksOf(prepared.rows.map((r) => r.leg)));
      return { ...base, customers: { ...zeroCounts(), created: created.length }, records: landed.records, reportDate: latest(prepared.rows.map((r) => r.leg.startTime)), touchedCustomerIds: landed.touchedCustomerIds };
    }
    case "call-queue-stats":
    case "call-history": {
      const weeks = prepared.kind === "call-history" ? weeksFromCallHistory(prepared.rows) : weeksFromQueueStats(prepared.rows);
      const mentions = prepared.kind === "call-queue-stats"
        ? prepared.rows.map((r) => ({ orgId: r.orgId, name: r.customerName }))
        : prepared.rows.map((r) => ({ orgId: r.orgId, name: null }));
      const { created } = await ensureCustomers(tx, mentions, options.region, now);
      const landed = await landCallQueueWeeks(tx, weeks);
      const dates = prepared.kind === "call-history" ? prepared.rows.map((r) => r.startTime) : prepared.rows.map((r) => r.at);
      return { ...base, customers: { ...zeroCounts(), created: created.length }, records: landed.records, reportDate: latest(dates), touchedCustomerIds: landed.touchedCustomerIds };
    }
  }
}

function latest(dates: readonly Date[]): Date | null {
  let max: Date | null = null;
  for (const d of dates) if (!max || d > max) max = d;
  return max;
}

export interface BatchRecord { actor: string; source: ImportSource; sha256: string | null; at: Date }

/** One import_batches row and one audit_log row for a landed import; returns the batch id. */
export async function recordImport(tx: Tx, summary: ImportedSummary, record: BatchRecord): Promise<number> {
  const counts = { customers: summary.customers, subscriptions: summary.subscriptions, records: summary.records };
  const batch = await tx.importBatch.create({
    data: {
      kind: summary.kind, source: record.source, fileName: summary.fileName, sha256: record.sha256, reportDate: summary.reportDate,
      rowsRead: summary.rowsRead, summary: JSON.stringify(counts), actor: record.actor, createdAt: record.at,
    },
  });
  await tx.auditLog.create({
    data: {
      at: record.at, actor: record.actor, action: record.source === "sync" ? "sync.import" : "import", target: summary.fileName,
      detail: JSON.stringify({ batchId: batch.id, kind: summary.kind, source: record.source, rowsRead: summary.rowsRead, ...counts }),
    },
  });
  return batch.id;
}
