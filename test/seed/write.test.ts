import { expect, it } from "vitest";
import { describeEachEngine } from "../support/engines.js";
import { generateDemoPartner, seedIfEmpty, writeDemoPartner, clearPartnerData } from "../../prisma/seed/index.js";

const now = new Date("2025-06-11T08:00:00Z");
const partner = generateDemoPartner({ customers: 40, seed: 5, now });

describeEachEngine("writeDemoPartner", (getStore) => {
  it("stores every generated row, with the dates and flags as generated", async () => {
    const { db } = getStore();
    expect(await writeDemoPartner(db, partner)).toEqual({ customers: 40, subscriptions: partner.subscriptions.length });
    expect(await db.customer.count()).toBe(40);
    expect(await db.subscription.count()).toBe(partner.subscriptions.length);
    expect(await db.licenseLine.count()).toBe(partner.licenseLines.length);
    expect(await db.licenseSnapshot.count()).toBe(partner.licenseSnapshots.length);
    expect(await db.subscriptionOrder.count()).toBe(partner.orders.length);
    expect(await db.customerUser.count()).toBe(partner.users.length);
    expect(await db.tagAssignment.count()).toBe(partner.tagAssignments.length);
    expect(await db.partnerAdminAssignment.count()).toBe(partner.adminAssignments.length);
    expect(await db.callQueueWeek.count()).toBe(partner.callQueueWeeks.length);
    expect(await db.callingUsage.count()).toBe(partner.callingUsage.length);

    const first = partner.subscriptions.find((s) => s.autoRenew)!;
    expect(await db.subscription.findUnique({ where: { id: first.id } })).toMatchObject({ startAt: first.startAt, endAt: first.endAt, autoRenew: true });
    const week = partner.callQueueWeeks[0]!;
    const stored = await db.callQueueWeek.findUnique({ where: { customerId_weekStart: { customerId: week.customerId, weekStart: week.weekStart } } });
    expect(stored?.answerWaitSeconds).toBeCloseTo(week.answerWaitSeconds, 5);
  });

  it("refreshes the rollups: suspended, pending-setup and over-limit customers are counted", async () => {
    const { db } = getStore();
    const suspended = new Set(partner.subscriptions.filter((s) => s.status === "suspended").map((s) => s.customerId));
    expect(await db.customer.count({ where: { suspendedCount: { gt: 0 } } })).toBe(suspended.size);
    const pending = new Set(partner.subscriptions.filter((s) => s.status === "pending_setup").map((s) => s.customerId));
    expect(await db.customer.count({ where: { pendingSetupCount: { gt: 0 } } })).toBe(pending.size);
    expect(await db.customer.count({ where: { overageLines: { gt: 0 } } })).toBeGreaterThan(0);
  });

  it("gives the sales admins their customers through the stored admin ids", async () => {
    const { db } = getStore();
    const dora = await db.partnerAdmin.findUnique({ where: { email: "dora.klein@partner.example" }, include: { customers: true } });
    expect(dora?.role).toBe("sales-full");
    expect(dora!.customers.length).toBeGreaterThan(0);
    expect(dora!.customers.length).toBeLessThan(40);
  });

  it("seedIfEmpty leaves a store with customers alone", async () => {
    expect(await seedIfEmpty(getStore().db, { customers: 10, now })).toBe(false);
    expect(await getStore().db.customer.count()).toBe(40);
  });

  it("seeds an emptied store once, then reports false", async () => {
    const { db } = getStore();
    await clearPartnerData(db);
    expect(await db.customer.count()).toBe(0);
    expect(await db.tag.count()).toBe(0);
    expect(await seedIfEmpty(db, { customers: 30, seed: 9, now })).toBe(true);
    expect(await db.customer.count()).toBe(30);
    expect(await seedIfEmpty(db, { customers: 30, seed: 9, now })).toBe(false);
    expect(await db.customer.count()).toBe(30);
  });
});
