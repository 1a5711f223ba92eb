// Every importable report kind, in the order detection tries them (the most specific first).
import type { KindSpec } from "../columns.js";
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

/** The row schema of a kind for a file's dialect (day-first dates, decimal commas). */
export function rowSchemaFor<K extends ReportKind>(kind: K, _dialect: import("../dialect.js").Dialect): KindSpec<RowsOfKind[K]>["row"] {
  return KIND_SPECS[kind].row;
}
