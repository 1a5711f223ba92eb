// "Call queue stats" report: per queue (and day or week) counts and average times, as Control
// Hub's call-queue analytics export them. Averages become sums (average × calls) so that weeks
// and queues add up and partner-wide averages can be weighted by calls.
import { z } from "zod";
import { cellsFor, optionalText, orgId, type Cells } from "../cells.js";
import { DEFAULT_DIALECT } from "../dialect.js";
import { col, type KindSpec } from "../columns.js";

export const callQueueStatsColumns = [
  col("customerName", false, "Customer Name", "Customer"),
  col("orgId", true, "Org ID", "User Org ID", "Customer Org ID", "Organization ID"),
  col("queue", false, "Call Queue Name", "Call Queue", "Queue Name"),
  col("date", true, "Date", "Start Date", "Week Start", "Interval Start"),
  col("totalCalls", true, "Total Calls", "Total Calls Received"),
  col("answered", true, "Answered Calls", "Calls Answered", "Total Calls Answered"),
  col("abandoned", true, "Abandoned Calls", "Calls Abandoned", "Total Calls Abandoned"),
  col("timedOut", false, "Timed Out Calls", "Calls Timed Out"),
  col("overflowed", false, "Overflowed Calls", "Calls Overflowed"),
  col("transferred", false, "Transferred Calls", "Calls Transferred"),
  col("avgAnswer", false, "Average Speed of Answer", "Avg Speed of Answer", "Average Wait Time", "Avg Wait Time"),
  col("avgAbandon", false, "Average Wait Before Abandon", "Avg Wait Before Abandon", "Average Abandon Time"),
];

const rowOf = (c: Cells) =>
  z
    .object({
      customerName: optionalText,
      orgId,
      queue: optionalText,
      date: c.date,
      totalCalls: c.count,
      answered: c.count,
      abandoned: c.count,
      timedOut: c.countOrZero,
      overflowed: c.countOrZero,
      transferred: c.countOrZero,
      avgAnswer: c.seconds,
      avgAbandon: c.seconds,
    })
    .transform((r) => ({
      customerName: r.customerName,
      orgId: r.orgId,
      at: r.date,
      totalCalls: r.totalCalls,
      answered: r.answered,
      abandoned: r.abandoned,
      timedOut: r.timedOut,
      overflowed: r.overflowed,
      transferred: r.transferred,
      answerWaitSeconds: r.avgAnswer * r.answered,
      abandonWaitSeconds: r.avgAbandon * r.abandoned,
    }));

export type CallQueueStatsRow = z.output<ReturnType<typeof rowOf>>;

export const callQueueStats: KindSpec<CallQueueStatsRow> = {
  kind: "call-queue-stats",
  columns: callQueueStatsColumns,
  row: rowOf(cellsFor(DEFAULT_DIALECT)) as unknown as z.ZodType<CallQueueStatsRow, Record<string, string>>,
  rowFor: (cells) => rowOf(cells) as unknown as z.ZodType<CallQueueStatsRow, Record<string, string>>,
};
