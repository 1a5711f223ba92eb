// Sync from the partner APIs (when WEBEX_PARTNER_TOKEN is set): gather everything first, then
// land it in ONE transaction through the same import path as a CSV, so a sync that fails part
// way leaves the store exactly as it was before it started.
import type { Logger } from "pino";
import { refreshCustomerRollups } from "../../domain/analytics/rollups.js";
import type { Clock } from "../../domain/clock.js";
import { IMPORT_TRANSACTION, importLimits, isRefused, landPrepared, prepareImport, recordImport, type ImportedSummary, type PreparedImport } from "../../domain/import/index.js";
import { landPartnerApis } from "../../domain/import/landPartnerApis.js";
import type { Db } from "../../domain/store/client.js";
import { ALL_REGIONS, gatherPartnerData, SyncError } from "./gather.js";
import { PartnerClient } from "./partnerClient.js";

export { SyncError } from "./gather.js";
export { PartnerApiError } from "./partnerClient.js";

export interface SyncRequest {
  db: Db;
  /** The API base including /v1, e.g. https://webexapis.com/v1 (WEBEX_API_URL). */
  apiBase: string;
  partnerToken: string;
  clock: Clock;
  log: Logger;
  /** Injected in tests; waits for Retry-After and between report polls. */
  sleep?: (ms: number) => Promise<void>;
  pollIntervalMs?: number;
  maxPolls?: number;
  regions?: readonly string[];
  actor?: string;
}

export interface SyncOutcome {
  batchId: number;
  organizations: number;
  licenseLinesWritten: number;
  tagsCreated: number;
  tagAssignmentsCreated: number;
  customersCreated: number;
  reports: ImportedSummary[];
}

export async function runSync(request: SyncRequest): Promise<SyncOutcome> {
  const actor = request.actor ?? "sync";
  const sleep = request.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const client = new PartnerClient({ apiBase: request.apiBase, token: request.partnerToken, log: request.log, sleep });
  const now = request.clock.now();
  const gathered = await gatherPartnerData({
    client, log: request.log, now, sleep, pollIntervalMs: request.pollIntervalMs ?? 3000, maxPolls: request.maxPolls ?? 100, regions: request.regions ?? ALL_REGIONS,
  });

  // Validate every report before the transaction opens; an empty region's report is no data.
  const limits = importLimits();
  const prepared: Array<{ region: string; result: PreparedImport }> = [];
  for (const report of gathered.reports) {
    const result = await prepareImport(report.bytes, report.fileName, limits, "subscription-details");
    if (!isRefused(result)) prepared.push({ region: report.region, result });
    else if (result.refusal !== "noRows" && result.refusal !== "empty") {
      throw new SyncError(`the ${report.region} subscription details report was refused (${result.refusal}${result.problems[0] ? `, line ${result.problems[0].line}` : ""})`);
    }
  }

  const outcome = await request.db.$transaction(async (tx) => {
    const reports: ImportedSummary[] = [];
    for (const { region, result } of prepared) {
      const { touchedCustomerIds: _rolledUp, ...summary } = await landPrepared(tx, result, { region, reportRegion: region, clock: request.clock });
      await recordImport(tx, summary, { actor, source: "sync", sha256: result.sha256, at: now });
      reports.push(summary);
    }
    const landed = await landPartnerApis(tx, gathered, { region: request.regions?.[0] ?? "US", now, actor });
    // Licenses may change overage of customers the report already rolled up: refresh them again.
    await refreshCustomerRollups(tx, landed.touchedCustomerIds);
    const counts = {
      organizations: gathered.organizations.length, licenseLinesWritten: landed.licenseLinesWritten, tagsCreated: landed.tagsCreated,
      tagAssignmentsCreated: landed.tagAssignmentsCreated, customersCreated: landed.customersCreated, licensesWithoutSubscription: landed.licensesWithoutSubscription,
    };
    const batch = await tx.importBatch.create({
      data: { kind: "sync", source: "sync", fileName: null, rowsRead: gathered.organizations.length + gathered.licenses.length, summary: JSON.stringify(counts), actor, createdAt: now },
    });
    await tx.auditLog.create({ data: { at: now, actor, action: "sync", target: request.apiBase, detail: JSON.stringify({ batchId: batch.id, ...counts }) } });
    return { batchId: batch.id, ...counts, reports };
  }, IMPORT_TRANSACTION);
  request.log.info({ batchId: outcome.batchId, organizations: outcome.organizations, reports: outcome.reports.length }, "sync landed");
  return outcome;
}
