// The one import path: the bot (a file attached in a space), the CLI and sync all call
// importReport. Validate everything first, then land it in ONE transaction with the rollups,
// the batch record and the audit entry: a file lands whole or not at all.
import { KIND_SPECS } from "./kinds/index.js";
import { landPrepared, recordImport } from "./land.js";
import { UnknownCustomersError } from "./landCalling.js";
import { isRefused, prepareImport, type PreparedImport, type Refused } from "./prepare.js";
import { DEFAULT_IMPORT_LIMITS, type ImportLimits, type ImportOutcome, type ImportRequest, type RowProblem } from "./types.js";

export * from "./types.js";
export { prepareImport, isRefused, type PreparedImport } from "./prepare.js";
export { landPrepared, recordImport } from "./land.js";
export { recentImports, type ImportListEntry } from "./recentImports.js";

/** A long import (50,000 rows) must not hit Prisma's 5 s interactive-transaction default. */
export const IMPORT_TRANSACTION = { timeout: 300_000, maxWait: 30_000 } as const;

export function importLimits(partial?: Partial<ImportLimits>): ImportLimits {
  return { ...DEFAULT_IMPORT_LIMITS, ...partial };
}

export async function importReport(request: ImportRequest): Promise<ImportOutcome> {
  const limits = importLimits(request.limits);
  const prepared = prepareImport(request.bytes, request.fileName, limits, request.kind);
  if (isRefused(prepared)) return prepared;
  try {
    return await request.db.$transaction(async (tx) => {
      const summary = await landPrepared(tx, prepared, { region: request.region ?? "US", clock: request.clock });
      const { touchedCustomerIds: _touched, ...shown } = summary;
      const batchId = await recordImport(tx, shown, { actor: request.actor, source: request.source, sha256: prepared.sha256, at: request.clock.now() });
      return { ok: true as const, batchId, ...shown, dialect: prepared.dialect };
    }, IMPORT_TRANSACTION);
  } catch (error) {
    if (error instanceof UnknownCustomersError) return unknownCustomersRefusal(prepared, error.orgIds, limits);
    throw error;
  }
}

/** Rows naming customers the store has never seen: each such row is a problem of its org column. */
export function unknownCustomersRefusal(prepared: PreparedImport, orgIds: readonly string[], limits: ImportLimits): Refused {
  const unknown = new Set(orgIds);
  const column = KIND_SPECS[prepared.kind].columns.find((c) => c.key === "orgId")!.headers[0]!;
  const problems: RowProblem[] = [];
  let count = 0;
  prepared.rows.forEach((row, i) => {
    const orgId = (row as { orgId: string }).orgId;
    if (!unknown.has(orgId)) return;
    count++;
    if (problems.length < limits.maxProblems) problems.push({ line: prepared.lines[i]!, column, value: orgId, expected: "knownCustomer" });
  });
  return { ok: false, fileName: prepared.fileName, kind: prepared.kind, rowsRead: prepared.rowsRead, refusal: "invalidRows", details: { count }, problems, moreProblems: count - problems.length, dialect: prepared.dialect };
}
