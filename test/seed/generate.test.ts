import { callingUsageColumns } from "../../domain/import/kinds/callingUsage.js";
import { describe, expect, it } from "vitest";
import { DAY_MS } from "../../domain/clock.js";
import { REGIONS, ROLES } from "../../domain/model.js";
import { DEMO_ADMINS, generateDemoPartner, type DemoPartner } from "../../prisma/seed/index.js";

const now = new Date("2025-06-11T15:30:00Z");
const partner = generateDemoPartner({ customers: 60, seed: 1, now });
const today = Date.UTC(2025, 5, 11);
const LIVE = new Set(["active", "suspended", "pending_setup"]);

// Each status computed straight from the rows, independently of the rollups and the analytics.
function customersWith(p: DemoPartner, test: (customerId: string) => boolean): number {
  return p.customers.filter((c) => test(c.id)).length;
}
const subsOf = (customerId: string) => partner.subscriptions.filter((s) => s.customerId === customerId);
const liveLineOver = new Set(
  partner.licenseLines
    .filter((l) => l.assigned > l.total)
    .map((l) => partner.subscriptions.find((s) => s.id === l.subscriptionId)!)
    .filter((s) => LIVE.has(s.status))
    .map((s) => s.customerId),
);

describe("generateDemoPartner", () => {
  it("gives the same rows, byte for byte, for the same options, and for another time of the same day", () => {
    const again = generateDemoPartner({ customers: 60, seed: 1, now: new Date("2025-06-11T23:59:00Z") });
    expect(JSON.stringify(again)).toBe(JSON.stringify(partner));
  });

  it("gives a different partner for another seed", () => {
    const other = generateDemoPartner({ customers: 60, seed: 2, now });
    expect(other.customers.map((c) => c.name)).not.toEqual(partner.customers.map((c) => c.name));
    expect(other.customers[0]!.id).not.toBe(partner.customers[0]!.id);
  });

  it("shows every customer status several times", () => {
    const counts = {
      trial: customersWith(partner, (id) => subsOf(id).some((s) => s.type === "trial" && s.status === "active" && s.endAt!.getTime() > today)),
      active: customersWith(partner, (id) => subsOf(id).some((s) => s.type === "subscription" && s.status === "active")),
      expiringSoon: customersWith(partner, (id) => subsOf(id).some((s) => s.status === "active" && !s.autoRenew && s.endAt!.getTime() > today && s.endAt!.getTime() <= today + 7 * DAY_MS)),
      licenseOverage: liveLineOver.size,
      noRecentActivity: partner.customers.filter((c) => c.lastAdminActivityAt!.getTime() < today - 30 * DAY_MS).length,
      readyForOrderSetup: customersWith(partner, (id) => subsOf(id).some((s) => s.status === "pending_setup")),
      suspended: customersWith(partner, (id) => subsOf(id).some((s) => s.status === "suspended")),
      expired: customersWith(partner, (id) => subsOf(id).every((s) => s.status === "expired" || s.status === "cancelled")),
    };
    for (const [status, count] of Object.entries(counts)) expect(count, status).toBeGreaterThanOrEqual(3);
  });

  it("spreads customers over all four regions, mostly US and EU", () => {
    const byRegion = (r: string) => partner.customers.filter((c) => c.region === r).length;
    for (const region of REGIONS) expect(byRegion(region), region).toBeGreaterThan(0);
    const big = generateDemoPartner({ customers: 1000, seed: 1, now });
    const share = (r: string) => big.customers.filter((c) => c.region === r).length / 1000;
    expect(share("US") + share("EU")).toBeGreaterThan(0.7);
  });

  it("gives unique customer names, org ids (UUIDs), subscription ids and e-mail addresses", () => {
    const big = generateDemoPartner({ customers: 2000, seed: 3, now });
    const unique = (values: string[]) => new Set(values).size === values.length;
    expect(unique(big.customers.map((c) => c.nameKey))).toBe(true);
    expect(unique(big.customers.map((c) => c.id))).toBe(true);
    expect(big.customers.every((c) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(c.id))).toBe(true);
    expect(unique(big.subscriptions.map((s) => s.id))).toBe(true);
    expect(big.subscriptions.every((s) => /^(Sub|Trial)-\d{6}$/.test(s.id))).toBe(true);
    expect(unique(big.users.map((u) => u.email))).toBe(true);
    expect(unique(big.orders.map((o) => o.id))).toBe(true);
  });

  it("has every partner admin role, and sales admins see some customers but never all", () => {
    expect(DEMO_ADMINS.map((a) => a.role).sort()).toEqual([...ROLES].sort());
    for (const admin of partner.partnerAdmins.filter((a) => a.role.startsWith("sales"))) {
      const mine = partner.adminAssignments.filter((a) => a.adminId === admin.id).length;
      expect(mine, admin.email).toBeGreaterThan(0);
      expect(mine, admin.email).toBeLessThan(partner.customers.length);
    }
    expect(partner.partnerAdmins.map((a) => a.email)).not.toContain("sam.stranger@elsewhere.example");
  });

  it("populates the 90-day sections: some terms end within 90 days, with and without auto-renew", () => {
    const within90 = partner.subscriptions.filter((s) => s.status === "active" && s.endAt!.getTime() > today && s.endAt!.getTime() <= today + 90 * DAY_MS);
    expect(within90.filter((s) => s.autoRenew).length).toBeGreaterThan(0);
    expect(within90.filter((s) => !s.autoRenew).length).toBeGreaterThan(0);
    expect(partner.customers.filter((c) => c.addedAt.getTime() > today - 90 * DAY_MS).length).toBeGreaterThan(0);
  });

  it("keeps 13 Monday snapshots for a line of a long-running subscription, ending with its current numbers", () => {
    const line = partner.licenseLines.find((l) => {
      const s = partner.subscriptions.find((x) => x.id === l.subscriptionId)!;
      return s.status === "active" && s.startAt.getTime() < today - 100 * DAY_MS;
    })!;
    const history = partner.licenseSnapshots.filter((s) => s.subscriptionId === line.subscriptionId && s.product === line.product);
    expect(history).toHaveLength(13);
    expect(history.every((s) => s.weekStart.getUTCDay() === 1 && s.weekStart.getTime() % DAY_MS === 0)).toBe(true);
    expect(history.at(-1)).toMatchObject({ total: line.total, assigned: line.assigned, used: line.used });
  });

  it("writes call-queue weeks whose sums add up, for the last 8 full weeks", () => {
    expect(partner.callQueueWeeks.length).toBeGreaterThan(0);
    const weeks = new Set(partner.callQueueWeeks.map((w) => w.weekStart.toISOString()));
    expect(weeks.size).toBe(8);
    for (const w of partner.callQueueWeeks) {
      expect(w.answered + w.abandoned + w.timedOut + w.overflowed).toBe(w.totalCalls);
      expect(w.abandoned / w.totalCalls).toBeLessThan(0.25);
      expect(w.weekStart.getTime()).toBeLessThan(Date.UTC(2025, 5, 9)); // before the current week's Monday
    }
    // The demo's usage rows carry the import's metric keys, so they read like an imported report.
    const importKeys = new Set(callingUsageColumns.map((c) => c.key));
    const keys = Object.keys(JSON.parse(partner.callingUsage[0]!.metrics));
    expect(keys.filter((key) => !importKeys.has(key))).toEqual([]);
    expect(keys).toContain("queueAbandoned");
  });

  it("tags about 40 % of customers with 8 to 12 tags", () => {
    const big = generateDemoPartner({ customers: 1000, seed: 1, now });
    expect(big.tags.length).toBeGreaterThanOrEqual(8);
    expect(big.tags.length).toBeLessThanOrEqual(12);
    const tagged = new Set(big.tagAssignments.map((a) => a.customerId)).size / 1000;
    expect(tagged).toBeGreaterThan(0.3);
    expect(tagged).toBeLessThan(0.5);
  });
});
