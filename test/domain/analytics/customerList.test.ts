import { beforeAll, expect, it } from "vitest";
import { fixedClock } from "../../../domain/clock.js";
import {
  analyticsSettings, customerList, describeFilterProblems, parseCustomerFilter, refreshCustomerRollups, type AnalyticsContext, type Viewer,
} from "../../../domain/analytics/index.js";
import { translatorFor } from "../../../domain/i18n/catalogue.js";
import { describeEachEngine } from "../../support/engines.js";
import { NOW, seedPartner } from "./fixture.js";

const fullAdmin: Viewer = { email: "fay@partner.example", role: "full", adminId: null };

describeEachEngine("customer list and statuses", (getStore) => {
  let salesAdminId = 0;
  const ctx = (viewer: Viewer = fullAdmin): AnalyticsContext => ({ db: getStore().db, clock: fixedClock(NOW), viewer });
  const names = async (filter: unknown, viewer?: Viewer) => {
    const parsed = parseCustomerFilter(filter);
    if (!parsed.ok) throw new Error("bad filter in test");
    return (await customerList(ctx(viewer), { filter: parsed.value, page: { page: 1, pageSize: 100 } })).rows.map((r) => r.name);
  };
  beforeAll(async () => { ({ salesAdminId } = await seedPartner(getStore().db)); });

  it("lists customers that can still be saved first (expiring soon, over limit), expired ones last, each with all its statuses", async () => {
    const page = await customerList(ctx(), { page: { page: 1, pageSize: 100 } });
    expect(page.total).toBe(10);
    expect(page.rows.map((r) => [r.name, r.statuses])).toEqual([
      ["Bravo Logistics", ["expiringSoon", "licenseOverage", "active"]],
      ["Foxtrot Foods", ["suspended", "licenseOverage"]],
      ["Golf Club", ["readyForOrderSetup", "active"]],
      ["Acme Trial", ["trial"]],
      ["Juliet Bank", ["active"]],
      ["Charlie Café", ["active"]],
      ["Hotel Europa", ["active"]],
      ["India Imports", ["active"]],
      ["Delta Dental", ["expired", "noRecentActivity"]],
      ["Echo Studios", ["expired"]],
    ]);
  });

  it("ranks customers of the same status by their soonest coming end", async () => {
    const page = await customerList(ctx(), { filter: { statuses: ["active"] }, page: { page: 1, pageSize: 100 } });
    const ends = page.rows.filter((r) => r.statuses[0] === "active").map((r) => r.nextEnd?.at.getTime() ?? Infinity);
    expect(ends).toEqual([...ends].sort((a, b) => a - b));
  });

  it("pages the list and reports the total", async () => {
    const second = await customerList(ctx(), { page: { page: 2, pageSize: 4 } });
    expect(second.rows.map((r) => r.name)).toEqual(["Juliet Bank", "Charlie Café", "Hotel Europa", "India Imports"]);
    expect([second.total, second.pageCount, second.page]).toEqual([10, 3, 2]);
  });

  it("moves the expiring-soon and inactivity thresholds with the settings", async () => {
    const settings = analyticsSettings({ expiringSoonDays: 4, inactivityDays: 31 });
    const page = await customerList({ ...ctx(), settings }, { page: { page: 1, pageSize: 100 } });
    const of = (name: string) => page.rows.find((r) => r.name === name)?.statuses;
    expect(of("Bravo Logistics")).toEqual(["licenseOverage", "active"]);
    expect(of("Delta Dental")).toEqual(["expired"]);
  });

  it("counts calendar days in the space's time zone: any hour of the 7th day is expiring soon, the 8th is not", async () => {
    const db = getStore().db;
    const { makeCustomer, makeSubscription, daysFrom } = await import("./factories.js");
    // NOW is Mar 4 00:00 UTC. Mar 11 23:30 UTC is 7 calendar days ahead in UTC (24-hour days
    // would have cut at Mar 11 00:00); Mar 12 00:00 UTC is the 8th day. In Tokyo it is Mar 4
    // 09:00 now and Mar 11 23:30 UTC is already Mar 12 there: 8 days, not expiring soon.
    const lastHourOfDay7 = new Date("2026-03-11T23:30:00Z");
    const firstInstantOfDay8 = new Date("2026-03-12T00:00:00Z");
    await makeCustomer(db, { id: "org-x1", name: "Xray One" });
    await makeSubscription(db, { id: "t-x1", customerId: "org-x1", type: "trial", startAt: daysFrom(NOW, -1), endAt: lastHourOfDay7 });
    await makeCustomer(db, { id: "org-x2", name: "Xray Two" });
    await makeSubscription(db, { id: "t-x2", customerId: "org-x2", type: "trial", startAt: daysFrom(NOW, -1), endAt: firstInstantOfDay8 });
    await refreshCustomerRollups(db, ["org-x1", "org-x2"]);
    expect(await names({ statuses: ["expiringSoon"] })).toEqual(["Bravo Logistics", "Xray One"]);
    const inTokyo = analyticsSettings({ timeZone: "Asia/Tokyo" });
    const page = await customerList({ ...ctx(), settings: inTokyo }, { filter: { statuses: ["expiringSoon"] } as never, page: { page: 1, pageSize: 100 } });
    expect(page.rows.map((r) => r.name)).toEqual(["Bravo Logistics"]);
    await db.customer.deleteMany({ where: { id: { in: ["org-x1", "org-x2"] } } });
  });

  it("filters by status, region, managed by, product, subscription type and tags", async () => {
    expect(await names({ statuses: ["expired"] })).toEqual(["Delta Dental", "Echo Studios"]);
    expect(await names({ statuses: ["suspended", "trial"] })).toEqual(["Foxtrot Foods", "Acme Trial"]);
    expect(await names({ region: "EU" })).toEqual(["Hotel Europa"]);
    expect(await names({ managedBy: "external" })).toEqual(["Hotel Europa"]);
    expect(await names({ product: "calling" })).toEqual(["Charlie Café"]);
    expect(await names({ product: "calling_standard" })).toEqual([]);
    expect(await names({ subscriptionType: "trial" })).toEqual(["Acme Trial"]);
    expect(await names({ tags: { names: ["gold"], match: "any" } })).toEqual(["Bravo Logistics", "Hotel Europa"]);
    expect(await names({ tags: { names: ["Gold", "priority"], match: "all" } })).toEqual(["Hotel Europa"]);
    expect(await names({ region: "US", statuses: ["licenseOverage"] })).toEqual(["Bravo Logistics", "Foxtrot Foods"]);
  });

  it("shows a sales administrator only the customers assigned to them", async () => {
    expect(await names({}, { email: "sam@partner.example", role: "sales", adminId: salesAdminId })).toEqual(["Bravo Logistics", "Charlie Café"]);
    expect(await names({}, { email: "new@partner.example", role: "sales-full", adminId: null })).toEqual([]);
    expect((await names({}, { email: "ro@partner.example", role: "readonly", adminId: null })).length).toBe(10);
  });

  it("turns a wrong filter into a sentence naming the field and what to type", () => {
    const parsed = parseCustomerFilter({ region: "Mars", tags: { names: [] } });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const sentences = describeFilterProblems(parsed.problems, translatorFor("en"));
    expect(sentences[0]).toMatch(/^The filter "region" is not valid \(.+\)\. Use one of the regions US, CA, EU or UAE\.$/);
    expect(sentences[1]).toContain("tags.names");
  });
});
