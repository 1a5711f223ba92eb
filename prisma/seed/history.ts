// The demo partner's dated snapshots (what `changes` compares and `today` reads for "newly
// suspended"): one as of today, as the data stands, and one a week earlier in which a fixed share
// of it was different, the way two weekly imports would leave them. Without them a new user's
// first `changes` would only say that no dated data exists yet.
import { DAY_MS } from "../../domain/clock.js";
import type { DemoDatedSnapshot, DemoLicenseLine, DemoSubscription } from "./rows.js";

/** How far back the older demo snapshot lies: the `changes` default. */
export const DEMO_HISTORY_DAYS = 7;

/** A week ago it may still have been active: suspended since, or ended within the week. */
function wasActiveWeekAgo(s: DemoSubscription, weekAgo: Date): boolean {
  if (s.status === "suspended") return true;
  return (s.status === "expired" || s.status === "cancelled") && s.endAt !== null && s.endAt > weekAgo;
}

interface Sums { total: number; assigned: number; overage: number }

function sumsBySubscription(lines: readonly DemoLicenseLine[]): Map<string, Sums> {
  const sums = new Map<string, Sums>();
  for (const line of lines) {
    const sum = sums.get(line.subscriptionId) ?? { total: 0, assigned: 0, overage: 0 };
    sum.total += line.total;
    sum.assigned += line.assigned;
    sum.overage += Math.max(0, line.assigned - line.total);
    sums.set(line.subscriptionId, sum);
  }
  return sums;
}

/**
 * Every k-th subscription (k prime, so the shares overlap little) was different a week ago: it was
 * still active (when it plausibly was), still auto-renewing, within its limit, or had a fifth fewer licenses; every 29th
 * customer was not a customer yet. Deterministic in the partner, like the rest of the demo.
 */
export function demoDatedSnapshots(subscriptions: readonly DemoSubscription[], lines: readonly DemoLicenseLine[], today: Date): DemoDatedSnapshot[] {
  const sums = sumsBySubscription(lines);
  const weekAgo = new Date(today.getTime() - DEMO_HISTORY_DAYS * DAY_MS);
  const customerIndex = new Map<string, number>();
  const rows: DemoDatedSnapshot[] = [];
  subscriptions.forEach((s, k) => {
    if (!customerIndex.has(s.customerId)) customerIndex.set(s.customerId, customerIndex.size);
    const sum = sums.get(s.id) ?? { total: 0, assigned: 0, overage: 0 };
    const now: DemoDatedSnapshot = { takenAt: today, subscriptionId: s.id, customerId: s.customerId, type: s.type, status: s.status, endAt: s.endAt, autoRenew: s.autoRenew, ...sum };
    rows.push(now);
    if (customerIndex.get(s.customerId)! % 29 === 28) return;
    const total = k % 11 === 5 ? Math.floor(sum.total * 0.8) : sum.total;
    rows.push({
      ...now,
      takenAt: weekAgo,
      status: k % 5 === 3 && wasActiveWeekAgo(s, weekAgo) ? "active" : s.status,
      autoRenew: k % 17 === 4 ? true : s.autoRenew,
      total,
      overage: k % 7 === 2 ? 0 : sum.overage,
    });
  });
  return rows;
}
