// Lands call-quality weeks (measured legs per customer and week) computed from a media quality
// export. A newer export of a week replaces that customer's week: it covers the whole week.
import { Prisma } from "../../prisma/generated/sqlite/client.js";
import { ENDPOINT_TYPES } from "../calling/endpoints.js";
import type { CallQualityWeekRow } from "../calling/qualityWeeks.js";
import { chunks, insertRows, type Tx } from "./tx.js";
import { zeroCounts, type Counts } from "./types.js";

const COLUMNS = ["customer_id", "week_start", "legs", "poor_legs", ...ENDPOINT_TYPES.flatMap((type) => [`${type}_legs`, `${type}_poor`])];
const values = (w: CallQualityWeekRow) => [w.customerId, w.weekStart, w.legs, w.poorLegs, ...ENDPOINT_TYPES.flatMap((type) => [w.endpoints[type].legs, w.endpoints[type].poor])];

export async function landCallQualityWeeks(tx: Tx, weeks: readonly CallQualityWeekRow[]): Promise<{ records: Counts; touchedCustomerIds: string[] }> {
  const records = zeroCounts();
  const existing = new Map<string, unknown[]>();
  for (const ids of chunks([...new Set(weeks.map((w) => w.customerId))])) {
    for (const row of await tx.callQualityWeek.findMany({ where: { customerId: { in: ids } } })) {
      existing.set(`${row.customerId}|${row.weekStart.getTime()}`, [row.legs, row.poorLegs, row.deskPhoneLegs, row.deskPhonePoor, row.roomDeviceLegs, row.roomDevicePoor, row.webexAppLegs, row.webexAppPoor, row.otherLegs, row.otherPoor]);
    }
  }
  const replaced: CallQualityWeekRow[] = [];
  const fresh: CallQualityWeekRow[] = [];
  for (const week of weeks) {
    const old = existing.get(`${week.customerId}|${week.weekStart.getTime()}`);
    if (!old) { fresh.push(week); records.created++; continue; }
    if (old.join() === values(week).slice(2).join()) { records.unchanged++; continue; }
    replaced.push(week);
    records.updated++;
  }
  for (const week of replaced) {
    await tx.$executeRaw(Prisma.sql`DELETE FROM call_quality_weeks WHERE customer_id = ${week.customerId} AND week_start = ${week.weekStart}`);
  }
  await insertRows(tx, "call_quality_weeks", COLUMNS, [...fresh, ...replaced].map(values));
  return { records, touchedCustomerIds: [...new Set([...fresh, ...replaced].map((w) => w.customerId))] };
}
