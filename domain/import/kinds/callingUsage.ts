// "Calling detailed usage" report: one row per customer location over the report's period.
// The three figures the bot asks about get columns of their own; the rest are kept as JSON.
import { z } from "zod";
import { cellsFor, optionalText, orgId, type Cells } from "../cells.js";
import { DEFAULT_DIALECT } from "../dialect.js";
import { col, type KindSpec } from "../columns.js";

/** The report's count columns after the first three, by key and Partner Hub header. */
const METRIC_COLUMNS = [
  ["totalCallLegs", "Total Call Legs"],
  ["callMinutesVideo", "Call Minutes - Video"],
  ["callLegsAudio", "Call Legs - Audio"],
  ["callLegsVideo", "Call Legs - Video"],
  ["callLegsDeskPhone", "Call Legs - Desk Phone"],
  ["callLegsRoomDevice", "Call Legs - Room Device"],
  ["callLegsOtherDevices", "Call Legs - Other Devices"],
  ["callsHuntGroup", "Calls - Hunt Group"],
  ["callsAutoAttendant", "Calls - Auto Attendant"],
  ["queueTotalCalls", "Call Queue - Total Calls"],
  ["queueTimedOut", "Call Queue - Timed Out Calls"],
  ["queueOverflowed", "Call Queue - Overflowed Calls"],
  ["queueTransferred", "Call Queue - Transferred Calls"],
  ["queueAbandoned", "Call Queue - Abandoned Calls"],
  ["internal", "Total Internal Calls", "Total Internal"],
  ["tollFree", "Total Toll Free Calls", "Toll Free"],
  ["premium", "Total Premium Calls", "Premium"],
  ["integratedAudio", "Total Integrated Audio Calls", "Integrated Audio"],
  ["national", "Total National Calls", "National"],
  ["inbound", "Total Inbound Calls", "Inbound"],
  ["operatorServices", "Total Operator Services Calls", "Operator Services"],
  ["spark", "Total Spark Calls", "Spark"],
  ["shortCode", "Total Short Code Calls", "Short Code"],
  ["international", "Total International Calls", "International"],
  ["mobile", "Total Mobile Calls", "Mobile"],
  ["emergency", "Total Emergency Calls", "Emergency"],
  ["unknown", "Total Unknown Calls", "Unknown Calls", "Unknown"],
] as const;

export const callingUsageColumns = [
  col("customerName", false, "Customer Name", "Customer"),
  col("orgId", true, "Org ID", "User Org ID", "Customer Org ID", "Organization ID"),
  col("location", true, "Location", "Location Name"),
  col("totalCalls", true, "Total Calls"),
  col("poorQuality", true, "Total Poor Quality Calls", "Poor Quality Calls"),
  col("callMinutes", true, "Call Minutes", "Total Call Minutes"),
  col("periodStart", false, "Start Date", "Period Start"),
  col("periodEnd", false, "End Date", "Period End"),
  ...METRIC_COLUMNS.map(([key, ...headers]) => col(key, false, ...headers)),
];

const rowOf = (c: Cells) =>
  z
    .object({
      customerName: optionalText,
      orgId,
      location: z.string().trim().transform((s) => s || "—"),
      totalCalls: c.countOrZero,
      poorQuality: c.countOrZero,
      callMinutes: c.decimalOrZero,
      periodStart: c.optionalDate,
      periodEnd: c.optionalDate,
      ...Object.fromEntries(METRIC_COLUMNS.map(([key]) => [key, c.decimalOrZero])),
    })
    .transform((r) => {
      const all = r as Record<string, unknown>;
      return {
        customerName: r.customerName,
        orgId: r.orgId,
        location: r.location,
        totalCalls: r.totalCalls,
        poorQuality: r.poorQuality,
        callMinutes: r.callMinutes,
        periodStart: r.periodStart,
        periodEnd: r.periodEnd,
        metrics: Object.fromEntries(METRIC_COLUMNS.map(([key]) => [key, all[key] as number])),
      };
    });

export type CallingUsageRow = z.output<ReturnType<typeof rowOf>>;

export const callingUsage: KindSpec<CallingUsageRow> = {
  kind: "calling-usage",
  columns: callingUsageColumns,
  row: rowOf(cellsFor(DEFAULT_DIALECT)) as unknown as z.ZodType<CallingUsageRow, Record<string, string>>,
  rowFor: (cells) => rowOf(cells) as unknown as z.ZodType<CallingUsageRow, Record<string, string>>,
};
