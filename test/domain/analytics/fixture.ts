// The partner of the analytics tests, with every figure worked out by hand in the tests.
// "Now" is Wednesday 2026-03-04 00:00 UTC (midnight, on purpose): this week starts Monday
// 2026-03-02, last week on 2026-02-23. Unless noted, licenses are Webex Meetings.
import type { Db } from "../../../domain/store/client.js";
import { refreshCustomerRollups } from "../../../domain/analytics/rollups.js";
import { daysFrom, makeAdmin, makeCallQueueWeek, makeCustomer, makeSnapshot, makeSubscription, tagCustomer } from "./factories.js";

export const NOW = new Date("2026-03-04T00:00:00.000Z");
export const THIS_WEEK = new Date("2026-03-02T00:00:00.000Z");
export const LAST_WEEK = new Date("2026-02-23T00:00:00.000Z");
const at = (days: number) => daysFrom(NOW, days);
const meetings = (total: number, assigned: number, used: number) => ({ product: "meetings", total, assigned, used });

export async function seedPartner(db: Db): Promise<{ salesAdminId: number }> {
  // A: a trial ending exactly 90 days from now, started 10 days ago.
  await makeCustomer(db, { id: "org-a", name: "Acme Trial" });
  await makeSubscription(db, { id: "trial-a", customerId: "org-a", type: "trial", startAt: at(-10), endAt: at(90), lines: [meetings(10, 5, 3)] });
  await makeSnapshot(db, "trial-a", LAST_WEEK, meetings(10, 2, 1));
  // B: expires in 5 days and has 20 licenses more assigned than bought.
  await makeCustomer(db, { id: "org-b", name: "Bravo Logistics" });
  await makeSubscription(db, { id: "sub-b", customerId: "org-b", startAt: at(-200), endAt: at(5), lines: [meetings(100, 120, 80)] });
  await makeSnapshot(db, "sub-b", THIS_WEEK, meetings(100, 120, 80));
  await makeSnapshot(db, "sub-b", daysFrom(THIS_WEEK, -14), meetings(100, 110, 70));
  // C: renews automatically in 30 days; also has Calling.
  await makeCustomer(db, { id: "org-c", name: "Charlie Café" });
  await makeSubscription(db, {
    id: "sub-c", customerId: "org-c", startAt: at(-400), endAt: at(30), autoRenew: true,
    lines: [meetings(100, 10, 5), { product: "calling_professional", total: 50, assigned: 50, used: 40 }],
  });
  // D: stored active but its end date passed yesterday; last admin sign-in exactly 30 days ago.
  await makeCustomer(db, { id: "org-d", name: "Delta Dental", lastAdminActivityAt: at(-30) });
  await makeSubscription(db, { id: "sub-d", customerId: "org-d", startAt: at(-365), endAt: at(-1), lines: [meetings(10, 10, 10)] });
  // E: no subscription at all.
  await makeCustomer(db, { id: "org-e", name: "Echo Studios" });
  // F: suspended (unpaid), over its limit.
  await makeCustomer(db, { id: "org-f", name: "Foxtrot Foods" });
  await makeSubscription(db, { id: "sub-f", customerId: "org-f", status: "suspended", startAt: at(-100), endAt: at(100), lines: [meetings(20, 25, 20)] });
  // G: an order waiting for setup, and a subscription with 0 licenses.
  await makeCustomer(db, { id: "org-g", name: "Golf Club" });
  await makeSubscription(db, { id: "sub-g-pending", customerId: "org-g", status: "pending_setup", startAt: at(-5), endAt: at(360), lines: [meetings(30, 0, 0)] });
  await makeSubscription(db, { id: "sub-g", customerId: "org-g", startAt: at(-60), endAt: at(365), lines: [meetings(0, 0, 0)] });
  // H: EU, managed as an external admin, tagged gold, no end date; signed in 29 days ago.
  await makeCustomer(db, { id: "org-h", name: "Hotel Europa", region: "EU", managedBy: "external", lastAdminActivityAt: at(-29) });
  await makeSubscription(db, { id: "sub-h", customerId: "org-h", startAt: at(-100), lines: [meetings(50, 40, 30)] });
  await tagCustomer(db, "Gold", "org-h");
  await tagCustomer(db, "Priority", "org-h");
  await tagCustomer(db, "Gold", "org-b");
  // I: auto-renewing, its renewal date passed 3 days ago: still in force.
  await makeCustomer(db, { id: "org-i", name: "India Imports" });
  await makeSubscription(db, { id: "sub-i", customerId: "org-i", startAt: at(-300), endAt: at(-3), autoRenew: true, lines: [meetings(40, 30, 20)] });
  // J: started exactly 90 days ago, 2 of 100 licenses assigned.
  await makeCustomer(db, { id: "org-j", name: "Juliet Bank" });
  await makeSubscription(db, { id: "sub-j", customerId: "org-j", startAt: at(-90), endAt: at(200), lines: [meetings(100, 2, 1)] });
  await makeSnapshot(db, "sub-j", LAST_WEEK, meetings(100, 4, 1));

  await db.customerUser.create({ data: { email: "ann@acme.example", customerId: "org-a" } });
  await db.customerDomain.create({ data: { domain: "bravo.example", customerId: "org-b" } });
  await db.customerDomain.create({ data: { domain: "acme.example", customerId: "org-c" } });

  const salesAdminId = await makeAdmin(db, "sam@partner.example", "sales", ["org-b", "org-c"]);
  await makeAdmin(db, "fay@partner.example", "full", ["org-c"]);

  await makeCallQueueWeek(db, "org-c", LAST_WEEK, { totalCalls: 100, answered: 80, abandoned: 10, timedOut: 5, overflowed: 3, transferred: 2, answerWaitSeconds: 800, abandonWaitSeconds: 300 });
  await makeCallQueueWeek(db, "org-h", LAST_WEEK, { totalCalls: 10, answered: 5, abandoned: 5, answerWaitSeconds: 100, abandonWaitSeconds: 50 });
  await makeCallQueueWeek(db, "org-c", THIS_WEEK, { totalCalls: 999, answered: 0, abandoned: 999, answerWaitSeconds: 0, abandonWaitSeconds: 9990 });

  await refreshCustomerRollups(db);
  return { salesAdminId };
}
