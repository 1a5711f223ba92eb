import { beforeAll, expect, it } from "vitest";
import { fixedClock } from "../../../domain/clock.js";
import {
  aboutToExpireSection, aboutToRenewSection, analyticsSettings, kpiStrip, lowAssignmentSection, overLimitSection, recentlyAddedSection,
  type AnalyticsContext, type Viewer,
} from "../../../domain/analytics/index.js";
import { describeEachEngine } from "../../support/engines.js";
import { NOW, THIS_WEEK, seedPartner } from "./fixture.js";

const fullAdmin: Viewer = { email: "fay@partner.example", role: "full", adminId: null };
const all = { page: 1, pageSize: 100 };

describeEachEngine("subscription analytics", (getStore) => {
  let salesAdminId = 0;
  const ctx = (viewer: Viewer = fullAdmin): AnalyticsContext => ({ db: getStore().db, clock: fixedClock(NOW), viewer });
  beforeAll(async () => { ({ salesAdminId } = await seedPartner(getStore().db)); });

  it("counts the KPI strip for Meetings: a trial ending in exactly 90 days is nearing expiration", async () => {
    expect(await kpiStrip(ctx(), { family: "meetings" })).toEqual({
      family: "meetings", windowDays: 90,
      totalCustomers: 7, nearingExpiration: 2, nearingRenewal: 1, lowAssignment: 1, overLimit: 1,
    });
  });

  it("counts the KPI strip for Calling and for a sales administrator's customers", async () => {
    expect(await kpiStrip(ctx(), { family: "calling" })).toMatchObject({ totalCustomers: 1, nearingExpiration: 0, nearingRenewal: 1, lowAssignment: 0, overLimit: 0 });
    const sales = await kpiStrip(ctx({ email: "sam@partner.example", role: "sales", adminId: salesAdminId }), { family: "meetings" });
    expect(sales).toMatchObject({ totalCustomers: 2, nearingExpiration: 1, nearingRenewal: 1, lowAssignment: 0, overLimit: 1 });
  });

  it("drops the 90-day trial from the strip when the window is 89 days", async () => {
    const strip = await kpiStrip({ ...ctx(), settings: analyticsSettings({ sectionWindowDays: 89 }) }, { family: "meetings" });
    expect(strip.nearingExpiration).toBe(1);
  });

  it("lists recently added subscriptions newest first, with weekly changes from last week's snapshot", async () => {
    const section = await recentlyAddedSection(ctx(), { family: "meetings", page: all });
    expect([section.newCustomers, section.totalLicenses, section.table.total]).toEqual([3, 110, 3]);
    expect(section.table.rows.map((r) => [r.subscriptionId, r.daysSinceAdded, r.total, r.assigned, r.used, r.available, r.weeklyAssignedChange, r.weeklyUsedChange])).toEqual([
      ["trial-a", 10, 10, 5, 3, 5, 3, 2],
      ["sub-g", 60, 0, 0, 0, 0, null, null],
      ["sub-j", 90, 100, 2, 1, 98, -2, 0],
    ]);
  });

  it("lists subscriptions about to expire soonest first, with assignment and usage over total", async () => {
    const section = await aboutToExpireSection(ctx(), { family: "meetings", page: all });
    // assigned 120 + 5 = 125 and used 80 + 3 = 83 over 100 + 10 = 110 licenses.
    expect([section.customers, section.totalLicenses, section.assignedPercent, section.usedPercent]).toEqual([2, 110, 113.6, 75.5]);
    expect(section.table.rows.map((r) => [r.subscriptionId, r.daysUntilEnd, r.available])).toEqual([["sub-b", 5, 0], ["trial-a", 90, 5]]);
    const trend = section.table.rows[0]!.usageTrend;
    expect(trend).toHaveLength(13);
    expect(trend[12]).toEqual({ weekStart: THIS_WEEK, used: 80 });
    expect(trend[10]?.used).toBe(70);
    expect(trend.filter((w) => w.used !== null)).toHaveLength(2);
  });

  it("lists subscriptions about to renew, not those whose renewal date has already passed", async () => {
    const section = await aboutToRenewSection(ctx(), { family: "meetings", page: all });
    expect([section.customers, section.assignedPercent, section.usedPercent]).toEqual([1, 10, 5]);
    expect(section.table.rows.map((r) => [r.customerName, r.daysUntilEnd])).toEqual([["Charlie Café", 30]]);
  });

  it("flags lines strictly below the partner's 25th percentile, ignoring new, empty and ended subscriptions", async () => {
    const section = await lowAssignmentSection(ctx(), { family: "meetings", page: all });
    // Compared ratios: J 2/100, C 10/100, I 30/40, H 40/50, B 120/100; the 2nd of 5 is C's.
    expect(section.thresholds).toEqual([{ product: "meetings", assigned: 10, total: 100, peers: 5 }]);
    expect([section.customers, section.assignedPercent, section.usedPercent, section.unassignedLicenses]).toEqual([1, 2, 1, 98]);
    expect(section.table.rows.map((r) => [r.subscriptionId, r.monthsSinceAdded, r.assignedPercent, r.weeklyAssignedChange])).toEqual([["sub-j", 3, 2, -2]]);
  });

  it("moves the low-assignment line with the percentile setting", async () => {
    const section = await lowAssignmentSection({ ...ctx(), settings: analyticsSettings({ lowAssignmentPercentile: 50 }) }, { family: "meetings", page: all });
    // The 3rd of 5 ratios is I's 30/40: J (2/100) and C (10/100) fall below it.
    expect(section.thresholds).toEqual([{ product: "meetings", assigned: 30, total: 40, peers: 5 }]);
    expect(section.table.rows.map((r) => r.subscriptionId)).toEqual(["sub-j", "sub-c"]);
  });

  it("lists over-limit lines with total and average overage; a suspended subscription is not in force", async () => {
    const section = await overLimitSection(ctx(), { family: "meetings", page: all });
    expect([section.customers, section.totalOverage, section.averageOverage]).toEqual([1, 20, 20]);
    expect(section.table.rows).toEqual([expect.objectContaining({
      subscriptionId: "sub-b", monthsRemaining: 0, autoRenew: false, total: 100, assigned: 120, used: 80, available: 0, overage: 20, assignedPercent: 120, usedPercent: 80,
    })]);
  });

  it("shows a sales administrator only their customers' rows, against the partner-wide percentile", async () => {
    const sales = ctx({ email: "sam@partner.example", role: "sales", adminId: salesAdminId });
    const query = { family: "meetings" as const, page: all };
    const expiring = await aboutToExpireSection(sales, query);
    expect([expiring.customers, expiring.table.rows.map((r) => r.subscriptionId)]).toEqual([1, ["sub-b"]]);
    expect((await aboutToRenewSection(sales, query)).table.rows.map((r) => r.subscriptionId)).toEqual(["sub-c"]);
    expect((await recentlyAddedSection(sales, query)).table.total).toBe(0);
    const over = await overLimitSection(sales, query);
    expect([over.customers, over.totalOverage]).toEqual([1, 20]);
    const low = await lowAssignmentSection(sales, query);
    expect([low.customers, low.table.total, low.thresholds]).toEqual([0, 0, [{ product: "meetings", assigned: 10, total: 100, peers: 5 }]]);
    const europe = await lowAssignmentSection(ctx(), { ...query, filter: { region: "EU" } });
    expect(europe.table.total).toBe(0);
  });

  it("shows an over-limit line on 0 licenses without a percentage", async () => {
    const db = getStore().db;
    await db.licenseLine.update({ where: { subscriptionId_product: { subscriptionId: "sub-g", product: "meetings" } }, data: { assigned: 3 } });
    const { refreshCustomerRollups } = await import("../../../domain/analytics/rollups.js");
    await refreshCustomerRollups(db, ["org-g"]);
    const section = await overLimitSection(ctx(), { family: "meetings", page: all });
    expect([section.customers, section.totalOverage, section.averageOverage]).toEqual([2, 23, 11.5]);
    expect(section.table.rows[1]).toMatchObject({ subscriptionId: "sub-g", overage: 3, assignedPercent: null, usedPercent: null, monthsRemaining: 12 });
    await db.licenseLine.update({ where: { subscriptionId_product: { subscriptionId: "sub-g", product: "meetings" } }, data: { assigned: 0 } });
    await refreshCustomerRollups(db, ["org-g"]);
  });
});
