// Every importable report kind, in the order detection tries them (the most specific first).
import { cellsFor } from "../cells.js";
import type { KindSpec } from "../columns.js";
import type { Dialect } from "../dialect.js";
import type { ReportKind } from "../types.js";
import { callHistory, type CallHistoryRow } from "./callHistory.js";
import { callQuality, type CallQualityRow } from "./callQuality.js";
import { callingUsage, type CallingUsageRow } from "./callingUsage.js";
import { callQueueStats, type CallQueueStatsRow } from "./callQueueStats.js";
import { subscriptionDetails, type SubscriptionDetailsRow } from "./subscriptionDetails.js";

export interface RowsOfKind {
  "subscription-details": SubscriptionDetailsRow;
  "calling-usage": CallingUsageRow;
  "call-queue-stats": CallQueueStatsRow;
  "call-history": CallHistoryRow;
  "call-quality": CallQualityRow;
}

export const KIND_SPECS: { [K in ReportKind]: KindSpec<RowsOfKind[K]> } = {
  "subscription-details": subscriptionDetails,
  "calling-usage": callingUsage,
  "call-queue-stats": callQueueStats,
  "call-history": callHistory,
  "call-quality": callQuality,
};

export const DETECTION_ORDER: readonly ReportKind[] = ["subscription-details", "call-quality", "call-history", "calling-usage", "call-queue-stats"];

const schemas = new Map<string, unknown>();

/**
 * The row schema of a kind for a file's dialect: dates by its day order (an ambiguous date is a
 * problem "unambiguousDate" when the order is unknown), numbers by its decimal mark. Built once
 * per kind and dialect; the streaming reader calls it once per file.
 */
export function rowSchemaFor<K extends ReportKind>(kind: K, dialect: Dialect): KindSpec<RowsOfKind[K]>["row"] {
  const key = `${kind}|${dialect.dayFirst}|${dialect.decimalComma}`;
  let schema = schemas.get(key) as KindSpec<RowsOfKind[K]>["row"] | undefined;
  if (!schema) {
    const spec = KIND_SPECS[kind] as KindSpec<RowsOfKind[K]>;
    schema = spec.rowFor(cellsFor(dialect));
    schemas.set(key, schema);
  }
  return schema;
}
