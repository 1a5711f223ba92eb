// "Call-queue statistics": one row per customer and calendar week (Monday, UTC) with the
// queue figures and the three KPIs of DOMAIN.md. Keyset pagination on (customer_id, week_start).
import { Prisma } from "../../../prisma/generated/sqlite/client.js";
import { toDate } from "../../analytics/values.js";
import { callQueueFigures } from "../../analytics/callQueues.js";
import { keysetRecords, utcDay, type ReportQuery, type ReportRecord } from "../source.js";

function toRecord(row: Record<string, unknown>): ReportRecord {
  return {
    customerName: String(row.name),
    orgId: String(row.customer_id),
    weekStart: utcDay(row.week_start),
    ...callQueueFigures({ ...row, answer_wait: row.answer_wait_seconds, abandon_wait: row.abandon_wait_seconds }),
  };
}

type Position = { id: string; week: Date };
const positionAfter = (last: Record<string, unknown>): Position => ({ id: String(last.customer_id), week: toDate(last.week_start) });

export function callQueueRows(query: ReportQuery): AsyncIterable<ReportRecord[]> {
  return keysetRecords(query, (after: Position | undefined, scope, pageSize) => Prisma.sql`
      SELECT q.*, c.name FROM call_queue_weeks q JOIN customers c ON c.id = q.customer_id
      WHERE ${after ? Prisma.sql`(q.customer_id > ${after.id} OR (q.customer_id = ${after.id} AND q.week_start > ${after.week}))` : Prisma.sql`1 = 1`}
        AND ${scope}
      ORDER BY q.customer_id, q.week_start LIMIT ${pageSize}`, positionAfter, toRecord);
}
