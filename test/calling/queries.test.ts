// The calling questions on real SQLite and PostgreSQL: usage landed as the report's rows (two
// locations, a monthly row that belongs to no week), measured legs, queue weeks and license
// snapshots, read back through the typed queries; every figure below is worked out by hand.
// "Now" is Wednesday 2026-03-04: the last complete week starts Monday 2026-02-23.
import { beforeAll, expect, it } from "vitest";
import type { Viewer } from "../../domain/analytics/filter.js";
import { refreshCustomerRollups } from "../../domain/analytics/rollups.js";
import { readFeatures, readLicenseTrend, readQuality, readUsage } from "../../domain/calling/read.js";
import { refreshCallingWeeks } from "../../domain/calling/storeCallingWeeks.js";
import type { Db } from "../../domain/store/client.js";
import { describeEachEngine } from "../support/engines.js";
import { makeAdmin, makeCallQueueWeek, makeCustomer, makeSnapshot, makeSubscription } from "../domain/analytics/factories.js";

const NOW = new Date("2026-03-04T09:00:00Z");
const day = (d: string) => new Date(`${d}T00:00:00Z`);
const LAST = day("2026-02-23");
const BEFORE = day("2026-02-16");
const THIS = day("2026-03-02");
const full: Viewer = { email: "fay@partner.example", role: "full", adminId: null };
const all = { page: 1, pageSize: 100 };

async function usage(db: Db, customerId: string, location: string, start: Date, end: Date, calls: number, poor: number, metrics: Record<string, number>) {
  await db.callingUsage.create({ data: { customerId, location, periodStart: start, periodEnd: end, totalCalls: calls, callMinutes: calls * 3, poorQuality: poor, metrics: JSON.stringify(metrics) } });
}

async function quality(db: Db, customerId: string, desk: [number, number], app: [number, number]) {
  await db.callQualityWeek.create({ data: {
    customerId, weekStart: LAST, legs: desk[0] + app[0], poorLegs: desk[1] + app[1], deskPhoneLegs: desk[0], deskPhonePoor: desk[1],
    roomDeviceLegs: 0, roomDevicePoor: 0, webexAppLegs: app[0], webexAppPoor: app[1], otherLegs: 0, otherPoor: 0,
  } });
}

async function seed(db: Db): Promise<number> {
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

describeEachEngine("calling analytics", (getStore) => {
  let salesAdminId = 0;
  const scope = (more: Partial<Parameters<typeof readUsage>[1]> = {}) => ({ viewer: full, filter: {}, now: NOW, ...more });
  beforeAll(async () => { salesAdminId = await seed(getStore().db); });

  it("ranks usage by the change from the week before, largest drop first", async () => {
    const view = await readUsage(getStore().db, scope(), all);
    expect([view.week, view.weekBefore]).toEqual([LAST, BEFORE]);
    expect(view.table.rows.map((r) => [r.customerName, r.calls, r.legs, r.change, r.changePercent])).toEqual([
      ["Charlie", 0, 0, -40, -100], ["Alpha", 100, 150, -100, -50], ["Bravo", 90, 120, -10, -10], ["Delta", 50, 70, null, null],
    ]);
    // 240 calls against 340; the monthly row of Delta counts in no week.
    expect([view.customers, view.totals.calls, view.totals.minutes, view.totals.videoMinutes, view.change, view.changePercent]).toEqual([3, 240, 720, 20, -100, -29.4]);
  });

  it("keeps to the asker's customers and the filter", async () => {
    const sales = await readUsage(getStore().db, scope({ viewer: { email: "sam@partner.example", role: "sales", adminId: salesAdminId } }), all);
    expect(sales.table.rows.map((r) => r.customerName)).toEqual(["Charlie", "Bravo"]);
    const eu = await readUsage(getStore().db, scope({ filter: { region: "EU" } }), all);
    expect([eu.table.rows.map((r) => r.customerName), eu.totals.calls]).toEqual([["Bravo"], 90]);
  });

  it("counts quality from measured legs where they exist, ranked by share", async () => {
    const view = await readQuality(getStore().db, scope(), all);
    expect(view.source).toBe("legs");
    expect(view.partner).toEqual({ measured: 120, poor: 13, percent: 10.8 });
    expect(view.table.rows.map((r) => [r.customerName, r.percent])).toEqual([["Bravo", 15], ["Alpha", 10]]);
    expect(view.endpoints.filter((e) => e.legs > 0).map((e) => [e.endpoint, e.legs, e.poor, e.percent])).toEqual([["desk_phone", 60, 2, 3.3], ["webex_app", 60, 11, 18.3]]);
    expect(view.trend.at(-1)?.share?.percent).toBe(10.8);
    expect(view.trend.slice(0, 7).every((w) => w.share === null)).toBe(true);
  });

  it("falls back to the usage report's poor-quality calls for a customer without measured legs", async () => {
    const view = await readQuality(getStore().db, scope({ customerId: "org-d" }), all);
    expect([view.source, view.partner]).toEqual(["report", { measured: 50, poor: 5, percent: 10 }]);
    expect(view.endpoints.find((e) => e.endpoint === "webex_app")).toEqual({ endpoint: "webex_app", legs: 70, poor: null, percent: null });
  });

  it("counts calls by feature for customers with call queues, lowest share of feature calls first", async () => {
    const view = await readFeatures(getStore().db, scope(), all);
    expect([view.customers, view.totalCalls, view.counts]).toEqual([2, 190, { huntGroup: 5, autoAttendant: 14, callQueue: 10 }]);
    expect(view.table.rows.map((r) => [r.customerName, r.featurePercent])).toEqual([["Bravo", 10], ["Alpha", 20]]);
  });

  it("sums the license snapshots of a family per week, available never below zero per line", async () => {
    const trend = await readLicenseTrend(getStore().db, scope(), "calling");
    expect(trend.latest).toEqual({ weekStart: THIS, total: 60, assigned: 52, used: 38, available: 10 });
    expect(trend.earliest).toEqual({ weekStart: LAST, total: 50, assigned: 35, used: 25, available: 15 });
    expect(trend.weeks.filter((w) => w.point).length).toBe(2);
    const delta = await readLicenseTrend(getStore().db, scope({ customerId: "org-d" }), "meetings");
    expect(delta.latest?.total).toBe(99);
  });
});
