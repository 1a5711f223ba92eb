// The calling questions on real SQLite and PostgreSQL, read back through the typed queries from
// the fixture (fixture.ts); every figure below is worked out by hand.
import { beforeAll, expect, it } from "vitest";
import { readFeatures, readLicenseTrend, readQuality, readUsage } from "../../domain/calling/read.js";
import { describeEachEngine } from "../support/engines.js";
import { all, BEFORE, full, LAST, NOW, seedCalling, THIS } from "./fixture.js";

describeEachEngine("calling analytics", (getStore) => {
  let salesAdminId = 0;
  const scope = (more: Partial<Parameters<typeof readUsage>[1]> = {}) => ({ viewer: full, filter: {}, now: NOW, ...more });
  beforeAll(async () => { salesAdminId = await seedCalling(getStore().db); });

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
