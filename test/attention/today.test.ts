// `today` on SQLite and PostgreSQL: most urgent first (ending within 7 days by day then licenses,
// newly suspended, over the limit, ending within 30 days), customers that need nothing absent,
// and only the asker's customers in the space's region.
import { beforeAll, expect, it } from "vitest";
import { fixedClock } from "../../domain/clock.js";
import { todayPage } from "../../domain/attention/todayPage.js";
import { analyticsSettings } from "../../domain/analytics/settings.js";
import type { CustomerFilter, Viewer } from "../../domain/analytics/filter.js";
import { describeEachEngine } from "../support/engines.js";
import { importAt, org } from "./reports.js";

const row = (n: number, name: string, extra: Record<string, unknown> = {}) =>
  ({ orgId: org(100 + n), customerName: name, subscriptionId: `Sub-${n}`, status: "Active", autoRenew: "No", endAt: "2027-06-01", meetings: [100, 50, 10] as [number, number, number], ...extra });

const WEEK_ONE = [row(9, "Sierra")];
const WEEK_TWO = [
  row(1, "Small Soon", { endAt: "2026-12-03", meetings: [50, 10, 5] }),
  row(2, "Big Soon", { endAt: "2026-12-03", meetings: [500, 100, 50] }),
  row(3, "Trial Co", { type: "Trial", endAt: "2026-12-05" }),
  row(4, "Over Co", { autoRenew: "Yes", meetings: [100, 130, 90] }),
  row(5, "Later Co", { endAt: "2026-12-20" }),
  row(6, "Renewing Co", { endAt: "2026-12-20", autoRenew: "Yes" }),
  row(7, "Fine Co", { endAt: "2027-03-01" }),
  row(9, "Sierra", { status: "Suspended" }),
];

describeEachEngine("today", (getStore) => {
  const viewers: Record<string, Viewer> = {};
  beforeAll(async () => {
    const db = getStore().db;
    await importAt(db, "2026-11-23T08:00:00Z", WEEK_ONE);
    await importAt(db, "2026-11-30T08:00:00Z", WEEK_TWO);
    for (const [email, role] of [["full@p.example", "full"], ["admin@p.example", "admin"], ["sales@p.example", "sales"]] as const) {
      const admin = await db.partnerAdmin.create({ data: { email, role, source: "env" } });
      viewers[role] = { email, role, adminId: admin.id };
    }
    for (const n of [1, 4]) await db.partnerAdminAssignment.create({ data: { adminId: viewers.sales!.adminId!, customerId: org(100 + n) } });
  });
  const ask = (viewer: Viewer, filter: CustomerFilter = {}, page = 1) =>
    todayPage({ db: getStore().db, clock: fixedClock("2026-12-01T09:00:00Z"), viewer, settings: analyticsSettings({ timeZone: "Europe/Madrid" }) }, filter, page, 10);

  it("ranks what needs attention first and leaves out customers that need nothing", async () => {
    const found = await ask(viewers.full!);
    expect(found.items.map((i) => [i.kind, i.customerName])).toEqual([
      ["ending", "Big Soon"], ["ending", "Small Soon"], ["ending", "Trial Co"],
      ["suspended", "Sierra"],
      ["overLimit", "Over Co"],
      ["ending", "Later Co"],
    ]);
    expect(found.items[0]).toMatchObject({ tier: "soon", daysLeft: 2, licenses: 500, trial: false });
    expect(found.items[2]).toMatchObject({ trial: true, daysLeft: 4 });
    expect(found.items[4]).toMatchObject({ bought: 100, assigned: 130 });
    expect(found.items[5]).toMatchObject({ tier: "later", daysLeft: 19 });
    expect(found.total).toBe(6);
  });

  it("pages across tiers without losing or repeating an item", async () => {
    const first = await todayPage({ db: getStore().db, clock: fixedClock("2026-12-01T09:00:00Z"), viewer: viewers.full!, settings: analyticsSettings() }, {}, 1, 4);
    const second = await todayPage({ db: getStore().db, clock: fixedClock("2026-12-01T09:00:00Z"), viewer: viewers.full!, settings: analyticsSettings() }, {}, 2, 4);
    expect([...first.items, ...second.items].map((i) => i.customerName)).toEqual(["Big Soon", "Small Soon", "Trial Co", "Sierra", "Over Co", "Later Co"]);
    expect(second.pageCount).toBe(2);
  });

  it("pages one item at a time in the order of the whole list, two ending on the same day included", async () => {
    const whole = (await ask(viewers.full!)).items.map((i) => i.customerName);
    const one: string[] = [];
    for (let page = 1; page <= whole.length + 1; page++) {
      one.push(...(await todayPage({ db: getStore().db, clock: fixedClock("2026-12-01T09:00:00Z"), viewer: viewers.full!, settings: analyticsSettings({ timeZone: "Europe/Madrid" }) }, {}, page, 1)).items.map((i) => i.customerName));
    }
    expect(one).toEqual(whole);
  });

  it("shows a partner administrator with no assignment nothing, and a sales admin only theirs", async () => {
    expect((await ask(viewers.admin!)).total).toBe(0);
    expect((await ask(viewers.sales!)).items.map((i) => i.customerName)).toEqual(["Small Soon", "Over Co"]);
  });

  it("shows only the space's region", async () => {
    expect((await ask(viewers.full!, { region: "EU" })).total).toBe(0);
    expect((await ask(viewers.full!, { region: "US" })).total).toBe(6);
  });
});
