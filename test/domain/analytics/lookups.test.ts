import { beforeAll, expect, it } from "vitest";
import { fixedClock } from "../../../domain/clock.js";
import {
  callQueueKpis, customerCallQueueWeeks, customerDetail, findCustomerByEmail, searchCustomers, type AnalyticsContext, type Viewer,
} from "../../../domain/analytics/index.js";
import { describeEachEngine } from "../../support/engines.js";
import { LAST_WEEK, NOW, THIS_WEEK, seedPartner } from "./fixture.js";

const fullAdmin: Viewer = { email: "fay@partner.example", role: "full", adminId: null };

describeEachEngine("customer look-ups and call queues", (getStore) => {
  let sales: Viewer;
  const ctx = (viewer: Viewer = fullAdmin): AnalyticsContext => ({ db: getStore().db, clock: fixedClock(NOW), viewer });
  beforeAll(async () => {
    const { salesAdminId } = await seedPartner(getStore().db);
    sales = { email: "sam@partner.example", role: "sales", adminId: salesAdminId };
  });

  it("finds the org of a known user first, then of the address's domain", async () => {
    expect(await findCustomerByEmail(ctx(), " Ann@Acme.example ")).toEqual({ customerId: "org-a", customerName: "Acme Trial", matchedBy: "user" });
    expect(await findCustomerByEmail(ctx(), "zoe@acme.example")).toEqual({ customerId: "org-c", customerName: "Charlie Café", matchedBy: "domain" });
    expect(await findCustomerByEmail(ctx(), "bob@bravo.example")).toMatchObject({ customerId: "org-b", matchedBy: "domain" });
    expect(await findCustomerByEmail(ctx(), "who@nowhere.example")).toBeNull();
    expect(await findCustomerByEmail(ctx(sales), "ann@acme.example")).toBeNull();
    await expect(findCustomerByEmail(ctx(), "not an address")).rejects.toThrow();
  });

  it("searches by org id, exact name, then every word typed, with candidates when several match", async () => {
    expect(await searchCustomers(ctx(), "ORG-D")).toMatchObject({ kind: "found", matchedBy: "id", customer: { name: "Delta Dental" } });
    expect(await searchCustomers(ctx(), "charlie cafe")).toMatchObject({ kind: "found", matchedBy: "name", customer: { id: "org-c" } });
    expect(await searchCustomers(ctx(), "bank jul")).toMatchObject({ kind: "found", matchedBy: "partial", customer: { id: "org-j" } });
    const several = await searchCustomers(ctx(), "o");
    expect(several.kind).toBe("candidates");
    if (several.kind === "candidates") expect(several.candidates.map((c) => c.name).slice(0, 3)).toEqual(["Bravo Logistics", "Echo Studios", "Foxtrot Foods"]);
    expect(await searchCustomers(ctx(), "100%")).toEqual({ kind: "none" });
    expect(await searchCustomers(ctx(sales), "delta")).toEqual({ kind: "none" });
  });

  it("details a customer: profile, subscriptions with licenses, tags, admins and statuses", async () => {
    const detail = await customerDetail(ctx(), "org-c");
    expect(detail?.profile).toMatchObject({ id: "org-c", name: "Charlie Café", region: "US", managedBy: "partner", industry: "Retail", plannedUsers: 100, externalId: null });
    expect(detail?.statuses).toEqual(["active"]);
    expect(detail?.subscriptions.map((s) => [s.id, s.autoRenew, s.licenses.map((l) => [l.product, l.total, l.assigned, l.available])])).toEqual([
      ["sub-c", true, [["calling_professional", 50, 50, 0], ["meetings", 100, 10, 90]]],
    ]);
    expect(detail?.trials).toEqual([]);
    expect(detail?.admins).toEqual([
      { email: "fay@partner.example", displayName: null, role: "full" },
      { email: "sam@partner.example", displayName: null, role: "sales" },
    ]);
    const acme = await customerDetail(ctx(), "org-a");
    expect(acme?.trials.map((t) => t.id)).toEqual(["trial-a"]);
    expect((await customerDetail(ctx(), "org-h"))?.tags).toEqual(["Gold", "Priority"]);
  });

  it("hides a customer's detail from a sales administrator it is not assigned to", async () => {
    expect(await customerDetail(ctx(sales), "org-h")).toBeNull();
    expect(await customerDetail(ctx(sales), "org-b")).not.toBeNull();
    expect(await customerDetail(ctx(), "org-missing")).toBeNull();
  });

  it("averages last week's call queues weighted by calls, highest abandon rate first", async () => {
    const kpis = await callQueueKpis(ctx());
    expect(kpis.weekStart).toEqual(LAST_WEEK);
    expect(kpis.weighting).toBe("calls");
    // 900 s over 85 answered, 350 s over 15 abandoned, 15 of 110 calls abandoned.
    expect(kpis.partner).toMatchObject({ totalCalls: 110, averageSpeedOfAnswer: 10.6, averageWaitBeforeAbandon: 23.3, abandonRate: 13.6 });
    expect(kpis.table.rows.map((r) => [r.customerName, r.totalCalls, r.answered, r.abandoned, r.timedOut, r.overflowed, r.transferred, r.averageSpeedOfAnswer, r.abandonRate])).toEqual([
      ["Hotel Europa", 10, 5, 5, 0, 0, 0, 20, 50],
      ["Charlie Café", 100, 80, 10, 5, 3, 2, 10, 10],
    ]);
  });

  it("narrows call queues to a filter and gives one customer's weeks newest first", async () => {
    const eu = await callQueueKpis(ctx(), { filter: { region: "EU" } });
    expect([eu.customers, eu.partner.abandonRate]).toEqual([1, 50]);
    const empty = await callQueueKpis(ctx(), { week: new Date("2025-01-01T00:00:00Z") });
    expect([empty.customers, empty.partner.averageSpeedOfAnswer, empty.partner.abandonRate]).toEqual([0, null, null]);
    const weeks = await customerCallQueueWeeks(ctx(), "org-c");
    expect(weeks.map((w) => [w.weekStart, w.totalCalls])).toEqual([[THIS_WEEK, 999], [LAST_WEEK, 100]]);
  });
});
