// Both families summed (issue 15): the analytics fixture plus Calling of its own, every figure
// worked out by hand. A customer with both families is counted once, not once per family.
import { beforeAll, expect, it } from "vitest";
import { fixedClock } from "../../../domain/clock.js";
import {
  aboutToExpireSection, aboutToRenewSection, analyticsSettings, defaultFamily, familiesSold, kpiStrip, lowAssignmentSection, overLimitSection,
  type AnalyticsContext, type Viewer,
} from "../../../domain/analytics/index.js";
import { refreshCustomerRollups } from "../../../domain/analytics/rollups.js";
import { describeEachEngine } from "../../support/engines.js";
import { findTemplate } from "../../../domain/reports/templates.js";
import { writeReportCsv } from "../../../domain/reports/csvReport.js";
import { daysFrom, makeCustomer, makeSubscription } from "./factories.js";
import { NOW, seedPartner } from "./fixture.js";

const fullAdmin: Viewer = { email: "fay@partner.example", role: "full", adminId: null };
const all = { page: 1, pageSize: 100 };
const calling = (total: number, assigned: number, used: number) => ({ product: "calling_professional", total, assigned, used });

describeEachEngine("both families summed", (getStore) => {
  const ctx = (): AnalyticsContext => ({ db: getStore().db, clock: fixedClock(NOW), viewer: fullAdmin });
  beforeAll(async () => {
    const db = getStore().db;
    await seedPartner(db);
    // B (Meetings expiring in 5 days) also has Calling expiring in 20 days.
    await makeSubscription(db, { id: "sub-b-calling", customerId: "org-b", startAt: daysFrom(NOW, -200), endAt: daysFrom(NOW, 20), lines: [calling(20, 5, 4)] });
    // K sells only Calling: expires in 10 days, 5 licenses over its limit.
    await makeCustomer(db, { id: "org-k", name: "Kilo Calls" });
    await makeSubscription(db, { id: "sub-k", customerId: "org-k", startAt: daysFrom(NOW, -100), endAt: daysFrom(NOW, 10), lines: [calling(40, 45, 30)] });
    await refreshCustomerRollups(db);
  });

  it("finds both families sold, so the default is both", async () => {
    const sold = await familiesSold(getStore().db);
    expect(sold).toEqual(["meetings", "calling"]);
    expect(defaultFamily(sold)).toBe("both");
  });

  it("counts each KPI over distinct customers of either family", async () => {
    const meetings = await kpiStrip(ctx(), { family: "meetings" });
    const callingStrip = await kpiStrip(ctx(), { family: "calling" });
    expect(meetings).toMatchObject({ totalCustomers: 7, nearingExpiration: 2, nearingRenewal: 1, lowAssignment: 1, overLimit: 1 });
    // Calling: C (renews), B (expires), K (expires, over its limit).
    expect(callingStrip).toMatchObject({ totalCustomers: 3, nearingExpiration: 2, nearingRenewal: 1, lowAssignment: 0, overLimit: 1 });
    // Total: the 7 of Meetings and K (B and C are in both: once each) = 8, not 10.
    // Expiring: A, B (Meetings) and B, K (Calling) = A, B, K: 3, not 4. Renewing: C alone, not 2.
    // Over: B (Meetings) and K (Calling) = 2. Low: J's Meetings line; no Calling line is below
    // the first of 3 Calling ratios (the 25th percentile).
    expect(await kpiStrip(ctx(), { family: "both" })).toEqual({
      family: "both", windowDays: 90, totalCustomers: 8, nearingExpiration: 3, nearingRenewal: 1, lowAssignment: 1, overLimit: 2,
    });
  });

  it("lists both families' expiring subscriptions in one list, soonest first, each row with its family", async () => {
    const section = await aboutToExpireSection(ctx(), { family: "both", page: all });
    expect(section.table.rows.map((r) => [r.subscriptionId, r.family, r.daysUntilEnd])).toEqual([
      ["sub-b", "meetings", 5], ["sub-k", "calling", 10], ["sub-b-calling", "calling", 20], ["trial-a", "meetings", 90],
    ]);
    // 100 + 40 + 20 + 10 = 170 licenses; assigned 120 + 45 + 5 + 5 = 175; used 80 + 30 + 4 + 3 = 117.
    expect([section.customers, section.subscriptions, section.totalLicenses, section.assignedPercent, section.usedPercent]).toEqual([3, 4, 170, 102.9, 68.8]);
    expect(section.table.total).toBe(4);
  });

  it("shows a subscription carrying both families as a row of each, counted once", async () => {
    const section = await aboutToRenewSection(ctx(), { family: "both", page: all });
    expect(section.table.rows.map((r) => [r.subscriptionId, r.family])).toEqual([["sub-c", "calling"], ["sub-c", "meetings"]]);
    // Meetings 100 / 10 / 5 and Calling 50 / 50 / 40: 60 of 150 assigned, 45 used.
    expect([section.customers, section.subscriptions, section.totalLicenses, section.assignedPercent, section.usedPercent]).toEqual([1, 1, 150, 40, 30]);
  });

  it("pages both lists one, two and three rows at a time in the order of the whole list, ties on the end date included", async () => {
    // A page reads only rows ending by the page's bound (aboutToEnd.ts): every page size must
    // still cut the one ordering, including sub-c's two rows that end at the same instant.
    for (const section of [aboutToExpireSection, aboutToRenewSection]) {
      const whole = (await section(ctx(), { family: "both", page: all })).table.rows.map((r) => [r.subscriptionId, r.family]);
      for (const pageSize of [1, 2, 3]) {
        const paged: unknown[] = [];
        for (let page = 1; page <= Math.ceil(whole.length / pageSize) + 1; page++) {
          paged.push(...(await section(ctx(), { family: "both", page: { page, pageSize } })).table.rows.map((r) => [r.subscriptionId, r.family]));
        }
        expect(paged).toEqual(whole);
      }
    }
  });

  it("opens the over-limit and low-assignment lists of both from a both strip", async () => {
    const over = await overLimitSection(ctx(), { family: "both", page: all });
    expect(over.table.rows.map((r) => [r.subscriptionId, r.product])).toEqual([["sub-b", "meetings"], ["sub-k", "calling_professional"]]);
    expect([over.customers, over.totalOverage]).toEqual([2, 25]);
    const low = await lowAssignmentSection(ctx(), { family: "both", page: all });
    expect(low.table.rows.map((r) => r.subscriptionId)).toEqual(["sub-j"]);
  });

  it("finds low lines of each family against its own products' percentile", async () => {
    // At the 50th percentile: Meetings' line is I's 30/40 (J 2/100 and C 10/100 below it);
    // Calling's is the 2nd of B 5/20, C 50/50, K 45/40, i.e. C's: B's 5/20 is below it.
    const p50 = { ...ctx(), settings: analyticsSettings({ lowAssignmentPercentile: 50 }) };
    const low = await lowAssignmentSection(p50, { family: "both", page: all });
    expect(low.table.rows.map((r) => [r.subscriptionId, r.product])).toEqual([["sub-j", "meetings"], ["sub-c", "meetings"], ["sub-b-calling", "calling_professional"]]);
    expect(low.customers).toBe(3);
    // A page reads only lines up to the ratio at its last position: one line a page cuts the same order.
    const paged: unknown[] = [];
    for (let page = 1; page <= 4; page++) paged.push(...(await lowAssignmentSection(p50, { family: "both", page: { page, pageSize: 1 } })).table.rows.map((r) => [r.subscriptionId, r.product]));
    expect(paged).toEqual(low.table.rows.map((r) => [r.subscriptionId, r.product]));
    expect((await kpiStrip(p50, { family: "both" })).lowAssignment).toBe(3);
    expect((await kpiStrip(p50, { family: "calling" })).lowAssignment).toBe(1);
  });

  it("writes the rest of a both list as CSV, a Product column saying each row's family", async () => {
    const found = findTemplate("expiring");
    if (found?.kind !== "report") throw new Error("no expiring report");
    const csv = async (family: "meetings" | "both") => {
      let text = "";
      await writeReportCsv(found.template, { db: getStore().db, now: NOW, viewer: fullAdmin, filter: {}, family }, (chunk) => { text += chunk; });
      return text.replace(/^\ufeff/, "").trim().split(/\r?\n/);
    };
    const both = await csv("both");
    expect(both[0]!.split(",").at(-1)).toBe("Product");
    expect(both.slice(1).map((line) => [line.split(",")[2], line.split(",").at(-1)])).toEqual([
      ["sub-b", "meetings"], ["sub-k", "calling"], ["sub-b-calling", "calling"], ["trial-a", "meetings"],
    ]);
    // One family: Partner Hub's columns, as before.
    const meetings = await csv("meetings");
    expect(meetings[0]!.split(",")).not.toContain("Product");
    expect(meetings).toHaveLength(3);
  });
});

describeEachEngine("a partner selling Meetings only", (getStore) => {
  it("keeps Meetings as the default: no both", async () => {
    const db = getStore().db;
    await makeCustomer(db, { id: "org-m", name: "Mike Media" });
    await makeSubscription(db, { id: "sub-m", customerId: "org-m", startAt: daysFrom(NOW, -10), endAt: daysFrom(NOW, 30), lines: [{ product: "meetings", total: 5, assigned: 1, used: 1 }] });
    await refreshCustomerRollups(db);
    const sold = await familiesSold(db);
    expect(sold).toEqual(["meetings"]);
    expect(defaultFamily(sold)).toBe("meetings");
  });
});
