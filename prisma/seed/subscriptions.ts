// The subscriptions and trials of one customer, shaped by its archetype: what it bought, when
// each term ends, whether it renews, and how its licenses are taken up.
import type { Product } from "../../domain/model.js";
import type { CustomerProfile } from "./customers.js";
import type { Uptake } from "./licenses.js";
import type { Random } from "./random.js";
import type { DemoSubscription } from "./rows.js";
import { addDays, addMonths } from "./time.js";

export interface PlannedSubscription {
  subscription: DemoSubscription;
  products: Product[];
  uptake: Uptake;
}

/** Hands out unique ids in a rising sequence with gaps: "Sub-104233", "Trial-…". */
export function subscriptionNumbers(random: Random): (type: "subscription" | "trial") => string {
  let next = { subscription: 100_000, trial: 700_000 };
  return (type) => {
    next = { ...next, [type]: next[type] + random.int(1, 12) };
    return `${type === "trial" ? "Trial" : "Sub"}-${next[type]}`;
  };
}

function productsFor(random: Random, hasCalling: boolean): Product[] {
  const products: Product[] = [];
  if (!hasCalling || random.chance(0.75)) products.push("meetings");
  if (hasCalling) {
    products.push("calling_professional");
    if (random.chance(0.5)) products.push("calling_standard");
  }
  if (random.chance(0.12)) products.push("webinars");
  if (random.chance(0.1)) products.push("rtt");
  return products;
}

function withinDays(today: Date, random: Random, from: number, to: number): Date {
  return new Date(addDays(today, random.int(from, to)).getTime() + random.int(0, 23) * 3_600_000);
}

/** End of the current term: a good share within 120 days (the 90-day sections), the rest later. */
function currentTermEnd(random: Random, today: Date): Date {
  return random.chance(0.4) ? withinDays(today, random, 8, 120) : withinDays(today, random, 121, 1000);
}

function startFor(random: Random, end: Date, addedAt: Date, today: Date): Date {
  const term = random.pick([12, 12, 24, 36, 60]);
  const start = Math.max(addMonths(end, -term).getTime(), addDays(addedAt, random.int(0, 10)).getTime());
  return new Date(Math.min(start, addDays(today, -1).getTime()));
}

export function planSubscriptions(random: Random, profile: CustomerProfile, nextId: ReturnType<typeof subscriptionNumbers>, today: Date): PlannedSubscription[] {
  const { customer, archetype, hasCalling } = profile;
  const plans: PlannedSubscription[] = [];
  const add = (type: "subscription" | "trial", status: string, startAt: Date, endAt: Date, autoRenew: boolean, uptake: Uptake, products = productsFor(random, hasCalling)) =>
    plans.push({ subscription: { id: nextId(type), customerId: customer.id, type, status, startAt, endAt, autoRenew }, products, uptake });

  const current = (status: string, uptake: Uptake, end = currentTermEnd(random, today), autoRenew = random.chance(0.65)) =>
    add("subscription", status, startFor(random, end, customer.addedAt, today), end, autoRenew, uptake);

  switch (archetype) {
    case "healthy":
    case "newCustomer":
      current("active", "normal");
      break;
    case "overage":
      current("active", "over");
      break;
    case "lowAssignment":
      current("active", "low");
      break;
    case "suspended":
      current("suspended", "normal", withinDays(today, random, 20, 400), false);
      break;
    case "expiringSoon":
      if (random.chance(0.3)) add("trial", "active", addDays(today, -random.int(20, 50)), withinDays(today, random, 1, 6), false, "normal");
      else current("active", "normal", withinDays(today, random, 1, 6), false);
      break;
    case "trial": {
      add("trial", "active", addDays(today, -random.int(1, 50)), withinDays(today, random, 10, 80), false, random.chance(0.3) ? "low" : "normal");
      // Some trial customers already pay for Meetings and try Calling on the side.
      if (random.chance(0.3)) current("active", "normal");
      break;
    }
    case "pendingSetup": {
      const start = addDays(customer.addedAt, random.int(0, 3));
      add("subscription", "pending_setup", start < today ? start : addDays(today, -1), addMonths(start, random.pick([12, 36])), true, "none");
      break;
    }
    case "expired": {
      const end = withinDays(today, random, -400, -3);
      add("subscription", "expired", startFor(random, end, addDays(customer.addedAt, -400), end), end, false, "normal");
      break;
    }
  }

  // A second, active contract next to the main one (e.g. Calling bought on its own order).
  if (archetype !== "expired" && archetype !== "pendingSetup" && random.chance(0.2)) current("active", "normal");

  // Earlier terms, trials that ran out and co-termed orders that were replaced: the history that
  // makes "expired" rows and order history look lived in.
  const longStanding = today.getTime() - customer.addedAt.getTime() > 180 * 86_400_000;
  const history = longStanding ? random.int(2, 8) : random.int(0, 1);
  const firstStart = plans[0]?.subscription.startAt ?? today;
  for (let h = 0; h < history; h++) {
    const end = new Date(Math.min(firstStart.getTime(), addDays(today, -3).getTime()) - random.int(1, 900) * 86_400_000);
    const isTrial = random.chance(0.25);
    const start = isTrial ? addDays(end, -random.int(30, 90)) : addMonths(end, -random.pick([6, 12, 12, 24]));
    add(isTrial ? "trial" : "subscription", random.chance(0.1) ? "cancelled" : "expired", start, end, false, "normal");
  }
  return plans;
}
