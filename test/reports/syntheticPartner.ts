// A large synthetic partner for benchmarks: `customers` customers with `perCustomer`
// subscriptions each (one in ten a trial), end dates spread over the next 400 days, two
// license lines per subscription, one in twenty over its limit, one customer in fifty
// suspended (its rollup column set by one UPDATE). Deterministic (no randomness), written in batches with createMany.
import type { Db } from "../../domain/store/client.js";
import { analyzeStore } from "../../domain/store/analyze.js";

const DAY = 86_400_000;
const REGIONS = ["US", "CA", "EU", "UAE"];

export async function writeSyntheticPartner(db: Db, now: Date, customers: number, perCustomer: number): Promise<{ subscriptions: number }> {
  const batch = 5000;
  const pad = (n: number) => String(n).padStart(7, "0");
  for (let start = 0; start < customers; start += batch) {
    const ids = Array.from({ length: Math.min(batch, customers - start) }, (_, i) => start + i);
    await db.customer.createMany({
      data: ids.map((i) => ({
        id: `cust-${pad(i)}`, name: i % 97 === 0 ? `=cmd|' /C calc'!A0 ${i}` : `Customer ${i}, "Group"`, nameKey: `customer ${i}`,
        region: REGIONS[i % 4]!, addedAt: new Date(now.getTime() - (i % 700) * DAY),
      })),
    });
  }
  const total = customers * perCustomer;
  for (let start = 0; start < total; start += batch) {
    const ids = Array.from({ length: Math.min(batch, total - start) }, (_, i) => start + i);
    await db.subscription.createMany({
      data: ids.map((i) => ({
        id: `sub-${pad(i)}`, customerId: `cust-${pad(Math.floor(i / perCustomer))}`, type: i % 10 === 0 ? "trial" : "subscription",
        status: Math.floor(i / perCustomer) % 50 === 0 && i % perCustomer === 0 ? "suspended" : "active",
        startAt: new Date(now.getTime() - 300 * DAY), endAt: new Date(now.getTime() + ((i * 37) % 400) * DAY + 3_600_000), autoRenew: i % 3 === 0,
      })),
    });
    await db.licenseLine.createMany({
      data: ids.flatMap((i) => [
        { subscriptionId: `sub-${pad(i)}`, product: "meetings", family: "meetings", total: 100, assigned: i % 20 === 0 ? 110 : 60, used: 40 },
        { subscriptionId: `sub-${pad(i)}`, product: "calling_professional", family: "calling", total: 50, assigned: 30, used: 20 },
      ]),
    });
  }
  // The one rollup the alert scan reads (suspended customers); the full refresh is not what is measured.
  await db.$executeRawUnsafe(`UPDATE customers SET suspended_count = (SELECT COUNT(*) FROM subscriptions s WHERE s.customer_id = customers.id AND s.status = 'suspended')`);
  // As after an import (its rollup refresh analyzes after a bulk write): without statistics
  // PostgreSQL planned the regional alert scan as nested loops, 1.5 s instead of 40 ms.
  await analyzeStore(db);
  return { subscriptions: total };
}
