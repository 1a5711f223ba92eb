// The one import path: the bot (a file attached in a space, in the import worker), the CLI and
// sync all read reports through the streaming reader. importReport reads and validates the
// whole file first, staging valid rows in a scratch file (outside any transaction: the store
// stays writable for the bot meanwhile), then lands them in ONE transaction with the rollups,
// the batch record and the audit entry: a file lands whole or not at all.
import { KIND_SPECS } from "./kinds/index.js";
import { landPrepared, landSubscriptionReport, recordImport, refreshAfterLanding } from "./land.js";
import {
  attachStagedRows, createStagedTables, detachStagedRows, dropStagedTables, fillStagedTables, indexStagedTables, unviewStagedTables, viewStagedTables,
  type StagedTables,
} from "./importTables.js";
import { driverOf } from "../store/driver.js";
import { UnknownCustomersError } from "./landCalling.js";
import { openCsv, RefusedFile, type ImportInput } from "./open.js";
import { invalidRows, refusedOutcome, type PreparedImport, type Refused } from "./prepare.js";
import { readReport } from "./read.js";
import { Staging } from "./staging.js";
import { chunks, type Tx } from "./tx.js";
import { clientEngine } from "../store/engine.js";
import { DEFAULT_IMPORT_LIMITS, zeroCounts, type Counts, type ImportedSummary, type ImportLimits, type ImportOutcome, type ImportRequest, type ReportKind, type RowProblem } from "./types.js";
import type { Db } from "../store/client.js";
import type { Dialect } from "./dialect.js";

export * from "./types.js";
export { prepareImport, isRefused, type PreparedImport } from "./prepare.js";
export { landPrepared, recordImport } from "./land.js";
export { recentImports, type ImportListEntry } from "./recentImports.js";
export type { ImportInput } from "./open.js";

/** A long import (200,000 rows) must not hit Prisma's 5 s interactive-transaction default. */
export const IMPORT_TRANSACTION = { timeout: 300_000, maxWait: 30_000 } as const;
/** Rows landed per call of the landers inside the transaction: what memory holds while saving. */
const LAND_BATCH = 5000;

export function importLimits(partial?: Partial<ImportLimits>): ImportLimits {
  return { ...DEFAULT_IMPORT_LIMITS, ...partial };
}

const addCounts = (a: Counts, b: Counts): Counts => ({ created: a.created + b.created, updated: a.updated + b.updated, unchanged: a.unchanged + b.unchanged });

export async function importReport(request: ImportRequest): Promise<ImportOutcome> {
  const limits = importLimits(request.limits);
  const input: ImportInput = request.path !== undefined ? { path: request.path } : { bytes: request.bytes ?? new Uint8Array() };
  const staging = new Staging(request.scratchDir);
  try {
    let kind: ReportKind | null = null;
    let estimatedRows = 0;
    const report = (phase: "reading" | "saving", rows: number) => request.onProgress?.({ phase, kind, rows, estimatedRows: Math.max(rows, estimatedRows) });
    let read;
    try {
      const opened = await openCsv(input, request.fileName, limits);
      try {
        read = await readReport(opened.chunks, {
          limits, wanted: request.kind,
          // Rows to come, estimated from the bytes read so far: rows per byte times the CSV's size.
          onProgress: (rows, bytes) => {
            if (bytes > 0) estimatedRows = Math.round((rows / bytes) * opened.size);
            report("reading", rows);
          },
        }, (found, batch) => {
          kind = found;
          staging.add(found, batch);
        });
      } finally {
        opened.close();
      }
    } catch (error) {
      if (error instanceof RefusedFile) return refusedOutcome(request.fileName, error);
      throw error;
    }
    kind = read.kind;
    if (read.problemCount > 0) return invalidRows(request.fileName, read.kind, read.rowsRead, read.problems, read.problemCount, read.dialect);
    report("saving", read.rowsRead);
    if (read.kind === "subscription-details") return await landSubscriptionFile(request, staging, read);
    return await land(request, staging, read, limits);
  } finally {
    staging.close();
  }
}

interface ReadDone { kind: ReportKind; rowsRead: number; sha256: string; dialect: Dialect }

async function land(request: ImportRequest, staging: Staging, read: ReadDone, limits: ImportLimits): Promise<ImportOutcome> {
  try {
    return await request.db.$transaction(async (tx) => {
      const summary: ImportedSummary = {
        kind: read.kind, fileName: request.fileName, rowsRead: read.rowsRead, reportDate: null, customers: zeroCounts(), subscriptions: zeroCounts(), records: zeroCounts(),
      };
      // Batches never split a customer, so each lander sees all of a customer's rows at once.
      for (const batch of staging.batches(LAND_BATCH)) {
        const prepared = { kind: read.kind, rows: batch.rows, lines: batch.lines, rowsRead: batch.rows.length, fileName: request.fileName, sha256: read.sha256, dialect: read.dialect } as PreparedImport;
        const landed = await landPrepared(tx, prepared, { region: request.region ?? "US", clock: request.clock, deferRefresh: true });
        staging.addTouched(landed.touchedCustomerIds);
        summary.customers = addCounts(summary.customers, landed.customers);
        summary.subscriptions = addCounts(summary.subscriptions, landed.subscriptions);
        summary.records = addCounts(summary.records, landed.records);
        if (landed.reportDate && (!summary.reportDate || landed.reportDate > summary.reportDate)) summary.reportDate = landed.reportDate;
        if (landed.keptNewer) summary.keptNewer = (summary.keptNewer ?? 0) + landed.keptNewer;
      }
      await refreshAfterLanding(tx, read.kind, staging.touched(), summary.reportDate ?? request.clock.now());
      const batchId = await recordImport(tx, summary, { actor: request.actor, source: request.source, sha256: read.sha256, at: request.clock.now() });
      return { ok: true as const, batchId, ...summary, dialect: read.dialect };
    }, IMPORT_TRANSACTION);
  } catch (error) {
    if (error instanceof UnknownCustomersError) return unknownCustomersRefusal(request.db, staging, read, request.fileName, limits);
    throw error;
  }
}

/**
 * A subscription details file, staged as the import tables' rows (importTables.ts), lands
 * set-based in one transaction. On SQLite the store's connection attaches the staging file and
 * reads them in place, so the write lock is held only while the store is compared and written;
 * on PostgreSQL they are copied into temporary tables inside the transaction (rows lock one by
 * one there; the bot is not held up).
 */
async function landSubscriptionFile(request: ImportRequest, staging: Staging, read: ReadDone): Promise<ImportOutcome> {
  const db = request.db as unknown as Tx;
  const sqlite = clientEngine(db) === "sqlite";
  staging.indexSubscriptionRows();
  let staged: StagedTables | undefined;
  try {
    if (sqlite) await attachStagedRows(db, staging.path);
    else {
      const driver = driverOf(request.db);
      staged = await createStagedTables(driver);
      for (const page of staging.subscriptionPages(LAND_BATCH)) await fillStagedTables(driver, staged, page.rows, page.lines);
      await indexStagedTables(driver, staged);
    }
    return await request.db.$transaction(async (tx) => {
      if (staged) await viewStagedTables(tx, staged);
      const now = request.clock.now();
      const landed = await landSubscriptionReport(tx, { region: request.region ?? "US", now, reportRegion: null, deferRefresh: false });
      const { touchedCustomerIds: _rolledUp, ...parts } = landed;
      const summary: ImportedSummary = { kind: read.kind, fileName: request.fileName, rowsRead: read.rowsRead, records: zeroCounts(), ...parts };
      const batchId = await recordImport(tx, summary, { actor: request.actor, source: request.source, sha256: read.sha256, at: now });
      if (staged) await unviewStagedTables(tx);
      return { ok: true as const, batchId, ...summary, dialect: read.dialect };
    }, IMPORT_TRANSACTION);
  } finally {
    if (sqlite) await detachStagedRows(db);
    if (staged) await dropStagedTables(driverOf(request.db), staged);
  }
}

/** Rows naming customers the store has never seen: each such row is a problem of its org column. */
async function unknownCustomersRefusal(db: Db, staging: Staging, read: ReadDone, fileName: string, limits: ImportLimits): Promise<Refused> {
  const unknown: string[] = [];
  for (const ids of staging.namelessCustomers()) {
    const known = new Set<string>();
    for (const chunk of chunks(ids)) for (const c of await db.customer.findMany({ where: { id: { in: chunk } }, select: { id: true } })) known.add(c.id);
    unknown.push(...ids.filter((id) => !known.has(id)));
  }
  const column = KIND_SPECS[read.kind].columns.find((c) => c.key === "orgId")!.headers[0]!;
  const { lines, count } = staging.linesOf(unknown, limits.maxProblems);
  const problems: RowProblem[] = lines.map(({ line, org }) => ({ line, column, value: org, expected: "knownCustomer" }));
  return invalidRows(fileName, read.kind, read.rowsRead, problems, count, read.dialect);
}
