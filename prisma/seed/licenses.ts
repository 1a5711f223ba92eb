// License lines of a subscription and their weekly history: how many licenses were bought,
// assigned and used, with a believable trend over the last 13 weeks.
import { familyOf, type Product } from "../../domain/model.js";
import type { Random } from "./random.js";
import type { DemoLicenseLine, DemoLicenseSnapshot, DemoSubscription } from "./rows.js";
import { addDays } from "./time.js";

/** How the licenses of a line are used: the archetype decides it. */
export type Uptake = "normal" | "low" | "over" | "none";

/** Weeks of history per line: Partner Hub's "usage over the last 3 months". */
export const SNAPSHOT_WEEKS = 13;

function roundTo(value: number, step: number): number {
  return Math.max(step, Math.round(value / step) * step);
}

function totalFor(random: Random, product: Product, plannedUsers: number): number {
  switch (product) {
    case "meetings": return roundTo(plannedUsers * (0.4 + random.next() * 0.7), plannedUsers > 50 ? 5 : 1);
    case "calling_professional": return roundTo(plannedUsers * (0.3 + random.next() * 0.6), plannedUsers > 50 ? 5 : 1);
    case "calling_standard": return Math.max(2, Math.round(plannedUsers * (0.05 + random.next() * 0.15)));
    case "webinars": return random.int(1, 10);
    case "rtt": return roundTo(10 + random.next() * 90, 5);
  }
}

export function licenseLine(random: Random, subscriptionId: string, product: Product, plannedUsers: number, uptake: Uptake): DemoLicenseLine {
  const total = totalFor(random, product, plannedUsers);
  let assigned: number;
  if (uptake === "none") assigned = 0;
  else if (uptake === "low") assigned = Math.round(total * (0.05 + random.next() * 0.3));
  else if (uptake === "over") assigned = total + Math.max(1, Math.round(total * (0.05 + random.next() * 0.3)));
  else assigned = Math.min(total, Math.round(total * (0.6 + random.next() * 0.4)));
  // Used means used in the last 7 days: mostly below assigned; now and then a little above,
  // as Partner Hub shows when unassigned users join licensed meetings.
  const usedShare = random.chance(0.03) ? 1.05 : 0.35 + random.next() * 0.6;
  const used = uptake === "none" ? 0 : Math.round(assigned * usedShare);
  return { subscriptionId, product, family: familyOf(product), total, assigned, used };
}

/**
 * The Mondays (00:00 UTC) of the history window, oldest first, ending with the Monday of the
 * current week, for the weeks the subscription existed in.
 */
export function snapshotWeeks(currentMonday: Date, subscription: DemoSubscription): Date[] {
  const weeks: Date[] = [];
  for (let k = SNAPSHOT_WEEKS - 1; k >= 0; k--) {
    const weekStart = addDays(currentMonday, -7 * k);
    const weekEnd = addDays(weekStart, 7);
    if (subscription.startAt >= weekEnd) continue;
    if (subscription.endAt && subscription.endAt <= weekStart) continue;
    weeks.push(weekStart);
  }
  return weeks;
}

/** Weekly snapshots that trend towards the line's current numbers (reached in its last week). */
export function lineHistory(random: Random, line: DemoLicenseLine, weeks: readonly Date[]): DemoLicenseSnapshot[] {
  // Most customers ramp up; some shrink, which is what "weekly change" columns are for.
  const drift = random.chance(0.2) ? -(0.05 + random.next() * 0.15) : 0.05 + random.next() * 0.35;
  const last = weeks.length - 1;
  return weeks.map((weekStart, i) => {
    const age = last === 0 ? 0 : (last - i) / SNAPSHOT_WEEKS;
    const wobble = i === last ? 1 : 0.96 + random.next() * 0.08;
    const assigned = Math.max(0, Math.round(line.assigned * (1 - drift * age) * wobble));
    const used = i === last ? line.used : Math.min(Math.round(assigned * 1.05), Math.round(line.used * (1 - drift * age) * wobble));
    return { subscriptionId: line.subscriptionId, product: line.product, weekStart, total: line.total, assigned, used };
  });
}
