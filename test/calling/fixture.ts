// The calling fixture: usage landed as the report's rows (two locations, a monthly row that belongs
// to no week), measured legs, queue weeks and license snapshots; the tests work every figure out
// by hand. "Now" is Wednesday 2026-03-04: the last complete week starts Monday 2026-02-23.
import type { Viewer } from "../../domain/analytics/filter.js";
import { refreshCustomerRollups } from "../../domain/analytics/rollups.js";
import { refreshCallingWeeks } from "../../domain/calling/storeCallingWeeks.js";
import type { Db } from "../../domain/store/client.js";
import { makeAdmin, makeCallQueueWeek, makeCustomer, makeSnapshot, makeSubscription } from "../domain/analytics/factories.js";

export const NOW = new Date("2026-03-04T09:00:00Z");
export const day = (d: string) => new Date(`${d}T00:00:00Z`);
export const LAST = day("2026-02-23");
export const BEFORE = day("2026-02-16");
export const THIS = day("2026-03-02");
export const full: Viewer = { email: "fay@partner.example", role: "full", adminId: null };
export const all = { page: 1, pageSize: 100 };

async function usage(db: Db, customerId: string, location: string, start: Date, end: Date, calls: number, poor: number, metrics: Record<string, number>) {
  await db.callingUsage.create({ data: { customerId, location, periodStart: start, periodEnd: end, totalCalls: calls, callMinutes: calls * 3, poorQuality: poor, metrics: JSON.stringify(metrics) } });
}

async function quality(db: Db, customerId: string, desk: [number, number], app: [number, number]) {
  await db.callQualityWeek.create({ data: {
    customerId, weekStart: LAST, legs: desk[0] + app[0], poorLegs: desk[1] + app[1], deskPhoneLegs: desk[0], deskPhonePoor: desk[1],
    roomDeviceLegs: 0, roomDevicePoor: 0, webexAppLegs: app[0], webexAppPoor: app[1], otherLegs: 0, otherPoor: 0,
  } });
}

/** Writes the fixture; returns the id of a sales administrator assigned to Bravo and Charlie. */
export async function seedCalling(db: Db): Promise<number> {
  const week = (start: Date) => [start, new Date(start.getTime() + 7 * 86_400_000)] as const;
  await makeCustomer(db, { id: "org-a", name: "Alpha" });
  await makeCustomer(db, { id: "org-b", name: "Bravo", region: "EU" });
  await makeCustomer(db, { id: "org-c", name: "Charlie" });
  await makeCustomer(db, { id: "org-d", name: "Delta" });
  // Alpha: two locations last week (100 calls), 200 the week before.
  await usage(db, "org-a", "Lisbon", ...week(LAST), 60, 2, { totalCallLegs: 90, callMinutesVideo: 12, callsHuntGroup: 5, callsAutoAttendant: 2, queueTotalCalls: 10 });
  await usage(db, "org-a", "Porto", ...week(LAST), 40, 1, { totalCallLegs: 60, callMinutesVideo: 8, callsAutoAttendant: 3 });
  await usage(db, "org-a", "Lisbon", ...week(BEFORE), 200, 0, { totalCallLegs: 300 });
  // Bravo (EU): 90 calls against 100; no queue calls in the report, but a week of queue statistics.
  await usage(db, "org-b", "Berlin", ...week(LAST), 90, 9, { totalCallLegs: 120, callsAutoAttendant: 9 });
  await usage(db, "org-b", "Berlin", ...week(BEFORE), 100, 0, { totalCallLegs: 130 });
  await makeCallQueueWeek(db, "org-b", LAST, { totalCalls: 4, answered: 4, abandoned: 0, answerWaitSeconds: 40, abandonWaitSeconds: 0 });
  // Charlie: calls the week before, none last week.
  await usage(db, "org-c", "Austin", ...week(BEFORE), 40, 0, { totalCallLegs: 50 });
  // Delta: 50 calls last week, none before; a monthly row that belongs to no week.
  await usage(db, "org-d", "Miami", ...week(LAST), 50, 5, { totalCallLegs: 70 });
  await usage(db, "org-d", "Miami", day("2026-02-01"), day("2026-03-01"), 999, 99, { totalCallLegs: 999 });
  await db.$transaction((tx) => refreshCallingWeeks(tx, ["org-a", "org-b", "org-c", "org-d"]));
  // Measured legs last week: Alpha 100 (desk 60 with 2 poor, app 40 with 8), Bravo 20 app legs with 3 poor.
  await quality(db, "org-a", [60, 2], [40, 8]);
  await quality(db, "org-b", [0, 0], [20, 3]);
  // Calling licenses: Alpha 50 bought, weekly snapshots; Delta over its limit this week.
  await makeSubscription(db, { id: "sub-a", customerId: "org-a", startAt: day("2025-01-01"), lines: [{ product: "calling_professional", total: 50, assigned: 40, used: 30 }] });
  await makeSnapshot(db, "sub-a", THIS, { product: "calling_professional", total: 50, assigned: 40, used: 30 });
  await makeSnapshot(db, "sub-a", LAST, { product: "calling_professional", total: 50, assigned: 35, used: 25 });
  await makeSubscription(db, { id: "sub-d", customerId: "org-d", startAt: day("2025-01-01"), lines: [{ product: "calling_standard", total: 10, assigned: 12, used: 8 }] });
  await makeSnapshot(db, "sub-d", THIS, { product: "calling_standard", total: 10, assigned: 12, used: 8 });
  await makeSnapshot(db, "sub-d", THIS, { product: "meetings", total: 99, assigned: 1, used: 1 });
  await refreshCustomerRollups(db);
  return makeAdmin(db, "sam@partner.example", "sales", ["org-b", "org-c"]);
}
