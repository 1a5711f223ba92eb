// "Call quality" and "Feature used by calls" reports: one row per customer and calendar week of
// the last 8 complete weeks, from the calling_weeks rollup (the usage report's counts) and, for
// quality, the measured legs of call_quality_weeks beside them. Keyset pagination on
// (customer_id, week_start).
import { Prisma } from "../../../prisma/generated/sqlite/client.js";
import { num, percent, toDate } from "../../analytics/values.js";
import { ENDPOINT_TYPES } from "../../calling/endpoints.js";
import { CALLING_TREND_WEEKS } from "../../calling/read.js";
import { lastCompleteWeek, weeksEndingWith } from "../../calling/weeks.js";
import { keysetRecords, utcDay, type ReportQuery, type ReportRecord } from "../source.js";

type Position = { id: string; week: Date };
const positionAfter = (last: Record<string, unknown>): Position => ({ id: String(last.customer_id), week: toDate(last.week_start) });

function weekRows(query: ReportQuery, extraColumns: Prisma.Sql, extraJoin: Prisma.Sql, extraWhere: Prisma.Sql, toRecord: (row: Record<string, unknown>) => ReportRecord) {
  const weeks = weeksEndingWith(lastCompleteWeek(query.now), CALLING_TREND_WEEKS);
  return keysetRecords(query, (after: Position | undefined, scope, pageSize) => Prisma.sql`
      SELECT w.*, c.name ${extraColumns} FROM calling_weeks w JOIN customers c ON c.id = w.customer_id ${extraJoin}
      WHERE w.week_start >= ${weeks[0]!} AND w.week_start <= ${weeks.at(-1)!} AND ${extraWhere}
        AND ${after ? Prisma.sql`(w.customer_id > ${after.id} OR (w.customer_id = ${after.id} AND w.week_start > ${after.week}))` : Prisma.sql`1 = 1`}
        AND ${scope}
      ORDER BY w.customer_id, w.week_start LIMIT ${pageSize}`, positionAfter, toRecord);
}

const measured = (row: Record<string, unknown>, column: string): number | null => (row.q_legs === null || row.q_legs === undefined ? null : num(row[column]));

export function callingQualityRows(query: ReportQuery): AsyncIterable<ReportRecord[]> {
  const endpointColumns = ENDPOINT_TYPES.flatMap((type) => [`q.${type}_legs AS q_${type}_legs`, `q.${type}_poor AS q_${type}_poor`]).join(", ");
  return weekRows(query,
    Prisma.raw(`, q.legs AS q_legs, q.poor_legs AS q_poor_legs, ${endpointColumns}`),
    Prisma.sql`LEFT JOIN call_quality_weeks q ON q.customer_id = w.customer_id AND q.week_start = w.week_start`,
    Prisma.sql`1 = 1`,
    (row) => {
      const legs = measured(row, "q_legs");
      const poorLegs = measured(row, "q_poor_legs");
      return {
        customerName: String(row.name), orgId: String(row.customer_id), weekStart: utcDay(row.week_start),
        totalCalls: num(row.total_calls), poorQualityCalls: num(row.poor_quality_calls), poorQualityPercent: percent(num(row.poor_quality_calls), num(row.total_calls)),
        measuredLegs: legs, poorLegs, poorLegsPercent: legs === null || poorLegs === null ? null : percent(poorLegs, legs),
        ...Object.fromEntries(ENDPOINT_TYPES.flatMap((type) => [[`${type}Legs`, measured(row, `q_${type}_legs`)], [`${type}Poor`, measured(row, `q_${type}_poor`)]])),
      };
    });
}

export function callingFeatureRows(query: ReportQuery): AsyncIterable<ReportRecord[]> {
  return weekRows(query, Prisma.empty, Prisma.empty,
    // As the view: customers with call queues that week.
    Prisma.sql`(w.call_queue_calls > 0 OR EXISTS (SELECT 1 FROM call_queue_weeks cq WHERE cq.customer_id = w.customer_id AND cq.week_start = w.week_start))`,
    (row) => {
      const features = num(row.hunt_group_calls) + num(row.auto_attendant_calls) + num(row.call_queue_calls);
      return {
        customerName: String(row.name), orgId: String(row.customer_id), weekStart: utcDay(row.week_start), totalCalls: num(row.total_calls),
        huntGroup: num(row.hunt_group_calls), autoAttendant: num(row.auto_attendant_calls), callQueue: num(row.call_queue_calls),
        featurePercent: percent(features, num(row.total_calls)),
      };
    });
}
