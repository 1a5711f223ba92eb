// "Detailed call history" report (Webex Calling CDRs), with Webex's column names. Only the
// columns the call-queue KPIs need are read; see ../callQueueKpis.ts for how legs are counted.
import { z } from "zod";
import { cellsFor, optionalText, optionalYesNo, orgId, type Cells } from "../cells.js";
import { DEFAULT_DIALECT } from "../dialect.js";
import { col, type KindSpec } from "../columns.js";

export const callHistoryColumns = [
  col("startTime", true, "Start time"),
  col("answerTime", false, "Answer time"),
  col("answered", true, "Answered"),
  col("answerIndicator", false, "Answer indicator"),
  col("answeredElsewhere", false, "Answered elsewhere"),
  col("orgId", true, "Org UUID", "Org ID"),
  col("originalReason", false, "Original reason"),
  col("redirectReason", false, "Redirect reason"),
  col("relatedReason", false, "Related reason"),
  col("queueType", false, "Queue type"),
  col("ringDuration", false, "Ring duration"),
  col("direction", false, "Direction"),
  col("callType", false, "Call type"),
];

const rowOf = (c: Cells) =>
  z
    .object({
      startTime: c.date,
      answerTime: c.optionalDate,
      answered: optionalYesNo,
      answerIndicator: optionalText,
      answeredElsewhere: optionalYesNo,
      orgId,
      originalReason: optionalText,
      redirectReason: optionalText,
      relatedReason: optionalText,
      queueType: optionalText,
      ringDuration: c.seconds,
    })
    .transform((r) => ({
      orgId: r.orgId,
      startTime: r.startTime,
      answerTime: r.answerTime,
      answered: r.answered ?? /^yes/i.test(r.answerIndicator ?? ""),
      // Webex marks a call answered after it was redirected (to another queue, voicemail, ...)
      // with the answer indicator "Yes-PostRedirection".
      answeredElsewhere: r.answeredElsewhere ?? /postredirection/i.test((r.answerIndicator ?? "").replace(/[\s-]/g, "")),
      queueLeg: [r.originalReason, r.redirectReason, r.relatedReason].some((v) => (v ?? "").replace(/\s/g, "").toLowerCase() === "callqueue") || !!r.queueType,
      ringSeconds: r.ringDuration,
    }));

export type CallHistoryRow = z.output<ReturnType<typeof rowOf>>;

export const callHistory: KindSpec<CallHistoryRow> = {
  kind: "call-history",
  columns: callHistoryColumns,
  row: rowOf(cellsFor(DEFAULT_DIALECT)) as unknown as z.ZodType<CallHistoryRow, Record<string, string>>,
  rowFor: (cells) => rowOf(cells) as unknown as z.ZodType<CallHistoryRow, Record<string, string>>,
};
