import { beforeAll, expect, it } from "vitest";
import { fixedClock } from "../../../domain/clock.js";
import { kpiStrip, statusesOfCustomers, type AnalyticsFamily } from "../../../domain/analytics/index.js";
import { refreshCustomerRollups } from "../../../domain/analytics/rollups.js";
import type { Db } from "../../../domain/store/client.js";
import { nameKeyOf } from "../../../domain/text.js";
import { describeEachEngine } from "../../support/engines.js";
import { daysFrom, makeCustomer, makeSubscription } from "./factories.js";
import { NOW, seedPartner } from "./fixture.js";

type Loaded = Awaited<ReturnType<typeof loadPartner>>;
const byKey = <T>(rows: T[], key: (row: T) => string) => [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
const latest = (dates: (Date | null)[]) => {
  const times = dates.filter((d): d is Date => d !== null).map((d) => d.getTime());
  return times.length ? new Date(Math.max(...times)) : null;
};

async function loadPartner(db: Db) {
  return db.customer.findMany({ include: { subscriptions: { include: { licenses: true } } }, orderBy: { id: "asc" } });
}

// The rollups, computed afresh from the subscriptions in plain code.
function freshCustomerRollups(customers: Loaded) {
  return customers.map((c) => {
    const live = c.subscriptions.filter((s) => ["active", "suspended", "pending_setup"].includes(s.status));
    const active = c.subscriptions.filter((s) => s.status === "active");
    const ofType = (type: string) => active.filter((s) => s.type === type);
    const openEnded = (subs: typeof active) => subs.filter((s) => s.autoRenew || s.endAt === null).length;
    const lastEnd = (subs: typeof active) => latest(subs.filter((s) => !s.autoRenew).map((s) => s.endAt));
    const withFamily = (family: string) => active.filter((s) => s.licenses.some((l) => l.family === family));
    const ends = live.filter((s) => s.endAt && !s.autoRenew).map((s) => s.endAt!.getTime());
    return {
      id: c.id,
      nextEndAt: ends.length ? new Date(Math.min(...ends)) : null,
      liveSubscriptions: ofType("subscription").length,
      liveTrials: ofType("trial").length,
      suspendedCount: c.subscriptions.filter((s) => s.status === "suspended").length,
      pendingSetupCount: c.subscriptions.filter((s) => s.status === "pending_setup").length,
      overageLines: live.flatMap((s) => s.licenses).filter((l) => l.assigned > l.total).length,
      openEndedTrials: openEnded(ofType("trial")),
      lastTrialEndAt: lastEnd(ofType("trial")),
      openEndedSubscriptions: openEnded(ofType("subscription")),
      lastSubscriptionEndAt: lastEnd(ofType("subscription")),
      lastEndAt: lastEnd(active),
      meetingsOpenEnded: openEnded(withFamily("meetings")),
      meetingsLastEndAt: lastEnd(withFamily("meetings")),
      callingOpenEnded: openEnded(withFamily("calling")),
      callingLastEndAt: lastEnd(withFamily("calling")),
    };
  });
}

function freshLineRollups(customers: Loaded) {
  const lines = customers.flatMap((c) => c.subscriptions.filter((s) => s.status === "active").flatMap((s) => s.licenses.map((l) => ({
    subscriptionId: s.id, product: l.product, family: l.family, customerId: c.id, startAt: s.startAt, endAt: s.endAt, autoRenew: s.autoRenew,
    total: l.total, assigned: l.assigned, used: l.used, overage: l.assigned - l.total, ratio: l.total > 0 ? l.assigned / l.total : null,
  }))));
  return byKey(lines, (l) => `${l.subscriptionId}|${l.product}`);
}

function freshFamilyRollups(customers: Loaded) {
  const nameKeys = new Map(customers.map((c) => [c.id, c.nameKey]));
  const sums = new Map<string, { subscriptionId: string; family: string; customerId: string; nameKey: string; startAt: Date; endAt: Date | null; autoRenew: boolean; total: number; assigned: number; used: number }>();
  for (const line of freshLineRollups(customers)) {
    const key = `${line.subscriptionId}|${line.family}`;
    const sum = sums.get(key) ?? { subscriptionId: line.subscriptionId, family: line.family, customerId: line.customerId, nameKey: nameKeys.get(line.customerId)!, startAt: line.startAt, endAt: line.endAt, autoRenew: line.autoRenew, total: 0, assigned: 0, used: 0 };
    sums.set(key, { ...sum, total: sum.total + line.total, assigned: sum.assigned + line.assigned, used: sum.used + line.used });
  }
  return byKey([...sums.values()], (s) => `${s.subscriptionId}|${s.family}`);
}

async function storedRollups(db: Db) {
  const customers = await db.customer.findMany({
    select: {
      id: true, nextEndAt: true, liveSubscriptions: true, liveTrials: true, suspendedCount: true, pendingSetupCount: true, overageLines: true,
      openEndedTrials: true, lastTrialEndAt: true, openEndedSubscriptions: true, lastSubscriptionEndAt: true, lastEndAt: true,
      meetingsOpenEnded: true, meetingsLastEndAt: true, callingOpenEnded: true, callingLastEndAt: true,
    },
    orderBy: { id: "asc" },
  });
  const lines = byKey(await db.licenseLineRollup.findMany(), (l) => `${l.subscriptionId}|${l.product}`);
  const families = byKey(await db.subscriptionFamilyRollup.findMany(), (s) => `${s.subscriptionId}|${s.family}`);
  return { customers, lines, families };
}

async function freshRollups(db: Db) {
  const partner = await loadPartner(db);
  return { customers: freshCustomerRollups(partner), lines: freshLineRollups(partner), families: freshFamilyRollups(partner) };
}

// The time-dependent statuses by their definition (statuses.ts), straight from the subscriptions.
function statusesAt(customer: Loaded[number], now: Date): string[] {
  const inForce = (s: Loaded[number]["subscriptions"][number]) => s.status === "active" && (s.autoRenew || s.endAt === null || s.endAt > now);
  const soon = daysFrom(now, 7);
  const trial = customer.subscriptions.some((s) => s.type === "trial" && inForce(s));
  const active = customer.subscriptions.some((s) => s.type === "subscription" && inForce(s));
  const expiring = customer.subscriptions.some((s) => s.status === "active" && !s.autoRenew && s.endAt !== null && s.endAt > now && s.endAt <= soon);
  const held = customer.subscriptions.some((s) => ["suspended", "pending_setup"].includes(s.status));
  return [...(!trial && !active && !held ? ["expired"] : []), ...(expiring ? ["expiringSoon"] : []), ...(trial ? ["trial"] : []), ...(active ? ["active"] : [])];
}

// Instants around every end date of the fixture: the moments where a bound could be off by one.
const INSTANTS = [-400, -35, -31, -20, -10, -4, -3, -1, 0, 1, 3, 5, 23, 30, 90, 100, 200, 365, 400].flatMap((days) => [daysFrom(NOW, days), new Date(daysFrom(NOW, days).getTime() + 1)]);

describeEachEngine("rollups", (getStore) => {
  beforeAll(async () => {
    const db = getStore().db;
    await seedPartner(db);
    // Open-ended trials, and ends on both sides of "now" on one customer.
    const line = (product: string) => ({ product, total: 10, assigned: 4, used: 2 });
    await makeCustomer(db, { id: "org-t1", name: "Tango Renewing Trial" });
    await makeSubscription(db, { id: "trial-t1", customerId: "org-t1", type: "trial", startAt: daysFrom(NOW, -40), endAt: daysFrom(NOW, -10), autoRenew: true, lines: [line("meetings")] });
    await makeCustomer(db, { id: "org-t2", name: "Tango Undated Trial" });
    await makeSubscription(db, { id: "trial-t2", customerId: "org-t2", type: "trial", startAt: daysFrom(NOW, -40), lines: [line("calling_standard")] });
    await makeSubscription(db, { id: "sub-t2", customerId: "org-t2", status: "expired", startAt: daysFrom(NOW, -400), endAt: daysFrom(NOW, -35), lines: [line("meetings")] });
    await makeCustomer(db, { id: "org-t3", name: "Tango Two Ends" });
    await makeSubscription(db, { id: "sub-t3-old", customerId: "org-t3", startAt: daysFrom(NOW, -400), endAt: daysFrom(NOW, -20), lines: [line("meetings")] });
    await makeSubscription(db, { id: "sub-t3-new", customerId: "org-t3", startAt: daysFrom(NOW, -20), endAt: daysFrom(NOW, 3), lines: [line("meetings"), line("calling_professional")] });
    await refreshCustomerRollups(db);
  });

  it("agree with a fresh computation after a full refresh", async () => {
    const db = getStore().db;
    const fresh = await freshRollups(db);
    expect(fresh.customers.some((r) => r.overageLines > 0 && r.suspendedCount > 0)).toBe(true);
    expect(fresh.customers.some((r) => r.openEndedSubscriptions > 0) && fresh.customers.some((r) => r.callingLastEndAt === null && r.callingOpenEnded > 0)).toBe(true);
    expect(fresh.lines.some((l) => l.ratio === null)).toBe(true);
    expect(await storedRollups(db)).toEqual(fresh);
  });

  it("give every time-dependent status as the subscriptions define it, at any instant", async () => {
    const db = getStore().db;
    const partner = await loadPartner(db);
    const time = new Set(["expired", "expiringSoon", "trial", "active"]);
    for (const now of INSTANTS) {
      const stored = await statusesOfCustomers({ db, clock: fixedClock(now) }, partner.map((c) => c.id));
      for (const customer of partner) {
        expect({ id: customer.id, now, statuses: stored.get(customer.id)!.filter((s) => time.has(s)) }).toEqual({ id: customer.id, now, statuses: statusesAt(customer, now) });
      }
    }
  });

  it("count the KPI strip's customers as the subscriptions define them, at any instant", async () => {
    const db = getStore().db;
    const partner = await loadPartner(db);
    const viewer = { email: "fay@partner.example", role: "full" as const, adminId: null };
    for (const family of ["meetings", "calling"] as AnalyticsFamily[]) {
      for (const now of INSTANTS) {
        const expected = partner.filter((c) => c.subscriptions.some((s) => s.status === "active" && (s.autoRenew || s.endAt === null || s.endAt > now)
          && s.licenses.some((l) => l.family === family))).length;
        const strip = await kpiStrip({ db, clock: fixedClock(now), viewer }, { family });
        expect({ family, now, total: strip.totalCustomers }).toEqual({ family, now, total: expected });
      }
    }
  });

  it("agree again after a change refreshed for the changed customers only", async () => {
    const db = getStore().db;
    await db.$transaction(async (tx) => {
      await tx.subscription.update({ where: { id: "sub-b" }, data: { status: "suspended" } });
      await tx.subscription.update({ where: { id: "sub-c" }, data: { autoRenew: false } });
      await tx.licenseLine.update({ where: { subscriptionId_product: { subscriptionId: "sub-h", product: "meetings" } }, data: { assigned: 51 } });
      // A rename (an import marks the renamed customer touched): the name key the pages sort by follows.
      await tx.customer.update({ where: { id: "org-c" }, data: { name: "Zoë Renamed", nameKey: nameKeyOf("Zoë Renamed") } });
      await refreshCustomerRollups(tx as unknown as Db, ["org-b", "org-c", "org-h"]);
    });
    const stored = await storedRollups(db);
    expect(stored.customers.find((r) => r.id === "org-b")).toMatchObject({ suspendedCount: 1, liveSubscriptions: 0, overageLines: 1, lastEndAt: null });
    expect(stored.customers.find((r) => r.id === "org-c")).toMatchObject({ callingOpenEnded: 0, callingLastEndAt: daysFrom(NOW, 30) });
    expect(stored.customers.find((r) => r.id === "org-h")).toMatchObject({ overageLines: 1 });
    expect(stored.lines.find((l) => l.subscriptionId === "sub-h")).toMatchObject({ overage: 1, ratio: 51 / 50 });
    expect(stored.lines.some((l) => l.subscriptionId === "sub-b")).toBe(false);
    expect(stored.families.filter((f) => f.customerId === "org-c").map((f) => f.nameKey)).toContain(nameKeyOf("Zoë Renamed"));
    expect(stored).toEqual(await freshRollups(db));
  });

  it("drop a customer's rollup rows with its subscriptions", async () => {
    const db = getStore().db;
    await db.subscription.delete({ where: { id: "sub-h" } });
    expect(await db.licenseLineRollup.count({ where: { subscriptionId: "sub-h" } })).toBe(0);
    expect(await db.subscriptionFamilyRollup.count({ where: { subscriptionId: "sub-h" } })).toBe(0);
  });
});
