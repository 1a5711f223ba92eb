// `changes` over two imports of hand-made reports a week apart, on SQLite and PostgreSQL: each
// kind of change is reported once, and customers that did not change are absent.
import { beforeAll, expect, it } from "vitest";
import { fixedClock } from "../../domain/clock.js";
import { changesReport } from "../../domain/attention/changesReport.js";
import { analyticsSettings } from "../../domain/analytics/settings.js";
import { describeEachEngine } from "../support/engines.js";
import { importAt, org } from "./reports.js";

const row = (n: number, name: string, extra: Record<string, unknown> = {}) =>
  ({ orgId: org(n), customerName: name, subscriptionId: `Sub-${n}`, status: "Active", autoRenew: "No", endAt: "2027-06-01", meetings: [100, 50, 10] as [number, number, number], ...extra });

const WEEK_ONE = [
  row(1, "Alpha", { autoRenew: "Yes" }),
  row(2, "Bravo", { meetings: [100, 90, 50] }),
  row(3, "Charlie"),
  row(4, "Delta"),
  row(5, "Echo"),
  row(6, "Foxtrot"),
  row(7, "Golf", { endAt: "2026-12-25" }),
];
const WEEK_TWO = [
  row(1, "Alpha", { autoRenew: "No" }), // auto-renew switched off
  row(2, "Bravo", { meetings: [100, 120, 60] }), // newly over its limit
  row(3, "Charlie", { status: "Suspended" }), // active -> suspended
  row(4, "Delta", { meetings: [120, 50, 10] }), // licenses +20 %
  row(5, "Echo"), // unchanged
  row(6, "Foxtrot", { meetings: [95, 50, 10] }), // licenses -5 %: under the 10 % bar
  row(7, "Golf", { endAt: "2026-12-25" }), // 32 days left a week ago, 25 now: newly expiring
  row(8, "Hotel"), // a new customer
];

describeEachEngine("changes over two imports a week apart", (getStore) => {
  beforeAll(async () => {
    await importAt(getStore().db, "2026-11-23T08:00:00Z", WEEK_ONE);
    await importAt(getStore().db, "2026-11-30T08:00:00Z", WEEK_TWO);
  });
  const full = { email: "ana@partner.example", role: "full" as const, adminId: null };
  const ask = (days: number) => changesReport({ db: getStore().db, clock: fixedClock("2026-12-01T09:00:00Z"), viewer: full, settings: analyticsSettings({ timeZone: "Europe/Madrid" }) }, {}, days);

  it("reports each change once, most urgent first, and nothing about customers that did not change", async () => {
    const report = await ask(7);
    expect(report.kind).toBe("changes");
    if (report.kind !== "changes") return;
    expect(report.before.toISOString().slice(0, 10)).toBe("2026-11-23");
    expect(report.now.toISOString().slice(0, 10)).toBe("2026-11-30");
    expect(report.changes.map((c) => [c.kind, c.customerName])).toEqual([
      ["statusChanged", "Charlie"],
      ["newlyOverLimit", "Bravo"],
      ["newlyExpiring", "Golf"],
      ["autoRenewOff", "Alpha"],
      ["licensesUp", "Delta"],
      ["newCustomer", "Hotel"],
    ]);
    expect(report.changes[0]).toMatchObject({ from: "active", to: "suspended", subscriptionId: "Sub-3" });
    expect(report.changes[1]).toMatchObject({ overage: 20 });
    expect(report.changes[4]).toMatchObject({ before: 100, now: 120 });
  });

  it("says when it has no data from that many days before", async () => {
    const report = await ask(30);
    expect(report).toMatchObject({ kind: "noEarlier", days: 30 });
  });

  it("keeps the weekly license snapshots the trend reads, from the same imports", async () => {
    const weeks = await getStore().db.licenseWeek.findMany({ where: { customerId: org(4), family: "meetings" }, orderBy: { weekStart: "asc" } });
    expect(weeks.map((w) => [w.weekStart.toISOString().slice(0, 10), w.total])).toEqual([["2026-11-23", 100], ["2026-11-30", 120]]);
  });
});

describeEachEngine("changes kept per pair of snapshots", (getStore) => {
  const full = { email: "ana@partner.example", role: "full" as const, adminId: null };
  const ask = () => changesReport({ db: getStore().db, clock: fixedClock("2026-12-01T09:00:00Z"), viewer: full, settings: analyticsSettings() }, {}, 7);

  it("computes a pair's changes once, and again after a re-import rewrites one of its snapshots", async () => {
    await importAt(getStore().db, "2026-11-23T08:00:00Z", WEEK_ONE);
    await importAt(getStore().db, "2026-11-30T08:00:00Z", WEEK_TWO);
    expect((await ask()).kind).toBe("changes");
    expect(await getStore().db.datedChangeSet.count()).toBe(1);
    const first = await ask();
    expect(first.kind === "changes" && first.total).toBe(6);
    await importAt(getStore().db, "2026-11-30T08:00:00Z", WEEK_TWO.map((r) => (r.customerName === "Echo" ? { ...r, status: "Expired" } : r)));
    expect(await getStore().db.datedChangeSet.count()).toBe(0);
    const again = await ask();
    expect(again.kind === "changes" && again.changes.map((c) => [c.kind, c.customerName])[0]).toEqual(["statusChanged", "Charlie"]);
    // Echo expired: its status changed and its live licenses went with it.
    expect(again.kind === "changes" && again.total).toBe(8);
  });
});
