// "Calling detailed usage": one row per customer location and period, as imported. Keyset
// pagination on the table's primary key (customer_id, location, period_start).
import { Prisma } from "../../../prisma/generated/sqlite/client.js";
import { num, toDate } from "../../analytics/values.js";
import { keysetRecords, utcDay, type ReportQuery, type ReportRecord } from "../source.js";

/** The report's columns after the first seven, by the import's metric keys. */
export const CALLING_METRIC_KEYS = [
  "callMinutesVideo", "callLegsAudio", "callLegsVideo", "callLegsDeskPhone", "callLegsRoomDevice", "callLegsOtherDevices",
  "callsHuntGroup", "callsAutoAttendant", "queueTotalCalls", "queueTimedOut", "queueOverflowed", "queueTransferred",
  "queueAbandoned", "internal", "tollFree", "premium", "integratedAudio", "national", "inbound", "operatorServices", "spark",
  "shortCode", "international", "mobile", "emergency", "unknown",
] as const;

function metricsOf(json: unknown): Record<string, number> {
  try {
    const parsed = JSON.parse(String(json)) as Record<string, unknown>;
    return Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, num(v)]));
  } catch {
    return {};
  }
}

function toRecord(row: Record<string, unknown>): ReportRecord {
  const metrics = metricsOf(row.metrics);
  return {
    customerName: String(row.name),
    orgId: String(row.customer_id),
    location: String(row.location),
    periodStart: utcDay(row.period_start),
    periodEnd: utcDay(row.period_end),
    totalCalls: num(row.total_calls),
    totalCallLegs: metrics.totalCallLegs ?? null,
    poorQuality: num(row.poor_quality_calls),
    callMinutes: num(row.call_minutes),
    ...Object.fromEntries(CALLING_METRIC_KEYS.map((key) => [key, metrics[key] ?? null])),
  };
}

type Position = { id: string; location: string; start: Date };
const positionAfter = (last: Record<string, unknown>): Position => ({ id: String(last.customer_id), location: String(last.location), start: toDate(last.period_start) });

export function callingUsageRows(query: ReportQuery): AsyncIterable<ReportRecord[]> {
  return keysetRecords(query, (after: Position | undefined, scope, pageSize) => Prisma.sql`
      SELECT u.*, c.name FROM calling_usage u JOIN customers c ON c.id = u.customer_id
      WHERE ${after
        ? Prisma.sql`(u.customer_id > ${after.id} OR (u.customer_id = ${after.id} AND (u.location > ${after.location} OR (u.location = ${after.location} AND u.period_start > ${after.start}))))`
        : Prisma.sql`1 = 1`}
        AND ${scope}
      ORDER BY u.customer_id, u.location, u.period_start LIMIT ${pageSize}`, positionAfter, toRecord);
}
