// Writes the calling_weeks rollup of some customers from their calling_usage rows, inside the
// transaction that landed the usage: readers never see usage and weeks disagree.
import { Prisma } from "../../prisma/generated/sqlite/client.js";
import { insertRows, selectWhereIn, type Tx } from "../import/tx.js";
import { num, toDate } from "../analytics/values.js";
import { callingWeeksOf, type CallingWeekRow } from "./callingWeeks.js";

const COLUMNS = [
  ["customer_id", "customerId"], ["week_start", "weekStart"], ["total_calls", "totalCalls"], ["call_legs", "callLegs"],
  ["call_minutes", "callMinutes"], ["video_minutes", "videoMinutes"], ["poor_quality_calls", "poorQualityCalls"],
  ["legs_desk_phone", "legsDeskPhone"], ["legs_room_device", "legsRoomDevice"], ["legs_other_devices", "legsOtherDevices"],
  ["hunt_group_calls", "huntGroupCalls"], ["auto_attendant_calls", "autoAttendantCalls"], ["call_queue_calls", "callQueueCalls"],
] as const satisfies ReadonlyArray<readonly [string, keyof CallingWeekRow]>;

export async function insertCallingWeeks(tx: Tx, weeks: readonly CallingWeekRow[]): Promise<void> {
  await insertRows(tx, "calling_weeks", COLUMNS.map(([column]) => column), weeks.map((week) => COLUMNS.map(([, field]) => week[field])));
}

/** Recomputes the calling weeks of `customerIds` from the usage rows the store holds now. */
export async function refreshCallingWeeks(tx: Tx, customerIds: readonly string[]): Promise<void> {
  if (customerIds.length === 0) return;
  const rows = await selectWhereIn(tx,
    "SELECT customer_id, period_start, period_end, total_calls, call_minutes, poor_quality_calls, metrics FROM calling_usage WHERE customer_id IN", customerIds);
  for (let i = 0; i < customerIds.length; i += 5000) {
    await tx.$executeRaw(Prisma.sql`DELETE FROM calling_weeks WHERE customer_id IN (${Prisma.join(customerIds.slice(i, i + 5000))})`);
  }
  await insertCallingWeeks(tx, callingWeeksOf(rows.map((r) => ({
    customerId: String(r.customer_id), periodStart: toDate(r.period_start), periodEnd: toDate(r.period_end),
    totalCalls: num(r.total_calls), callMinutes: num(r.call_minutes), poorQuality: num(r.poor_quality_calls), metrics: String(r.metrics),
  }))));
}
