import { beforeAll, expect, it } from "vitest";
import { refreshCustomerRollups } from "../../../domain/analytics/rollups.js";
import type { Db } from "../../../domain/store/client.js";
import { describeEachEngine } from "../../support/engines.js";
import { seedPartner } from "./fixture.js";

// The rollup columns, computed afresh from the subscriptions in plain code.
async function freshRollups(db: Db) {
  const customers = await db.customer.findMany({ include: { subscriptions: { include: { licenses: true } } }, orderBy: { id: "asc" } });
  return customers.map((c) => {
    const live = c.subscriptions.filter((s) => ["active", "suspended", "pending_setup"].includes(s.status));
    const ends = live.filter((s) => s.endAt && !s.autoRenew).map((s) => s.endAt!.getTime());
    return {
      id: c.id,
      nextEndAt: ends.length ? new Date(Math.min(...ends)) : null,
      liveSubscriptions: c.subscriptions.filter((s) => s.type === "subscription" && s.status === "active").length,
      liveTrials: c.subscriptions.filter((s) => s.type === "trial" && s.status === "active").length,
      suspendedCount: c.subscriptions.filter((s) => s.status === "suspended").length,
      pendingSetupCount: c.subscriptions.filter((s) => s.status === "pending_setup").length,
      overageLines: live.flatMap((s) => s.licenses).filter((l) => l.assigned > l.total).length,
    };
  });
}

async function storedRollups(db: Db) {
  return db.customer.findMany({
    select: { id: true, nextEndAt: true, liveSubscriptions: true, liveTrials: true, suspendedCount: true, pendingSetupCount: true, overageLines: true },
    orderBy: { id: "asc" },
  });
}

describeEachEngine("customer rollups", (getStore) => {
  beforeAll(async () => { await seedPartner(getStore().db); });

  it("agree with a fresh computation after a full refresh", async () => {
    const db = getStore().db;
    const fresh = await freshRollups(db);
    expect(fresh.some((r) => r.overageLines > 0 && r.suspendedCount > 0)).toBe(true);
    expect(await storedRollups(db)).toEqual(fresh);
  });

  it("agree again after a change refreshed for the changed customer only", async () => {
    const db = getStore().db;
    await db.$transaction(async (tx) => {
      await tx.subscription.update({ where: { id: "sub-b" }, data: { status: "suspended" } });
      await tx.licenseLine.update({ where: { subscriptionId_product: { subscriptionId: "sub-h", product: "meetings" } }, data: { assigned: 51 } });
      await refreshCustomerRollups(tx as unknown as Db, ["org-b", "org-h"]);
    });
    const stored = await storedRollups(db);
    expect(stored.find((r) => r.id === "org-b")).toMatchObject({ suspendedCount: 1, liveSubscriptions: 0, overageLines: 1 });
    expect(stored.find((r) => r.id === "org-h")).toMatchObject({ overageLines: 1 });
    expect(stored).toEqual(await freshRollups(db));
  });
});
