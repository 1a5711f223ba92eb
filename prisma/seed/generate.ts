// Builds a whole demo partner from (customers, seed, now): pure and deterministic, so the same
// options give the same rows byte for byte, always "current" relative to the injected clock.
import type { Product, Region } from "../../domain/model.js";
import { callingUsage, callQueueWeeks, fullWeeksBefore } from "./calling.js";
import { generateCustomers } from "./customers.js";
import { qualityWeeks } from "./quality.js";
import { licenseLine, lineHistory, snapshotWeeks } from "./licenses.js";
import { orderNumbers, ordersFor } from "./orders.js";
import { seededRandom } from "./random.js";
import { demoDatedSnapshots } from "./history.js";
import { demoAdmins, demoTags, salesAssignments, tagAssignments } from "./roster.js";
import type { DemoPartner } from "./rows.js";
import { planSubscriptions, subscriptionNumbers } from "./subscriptions.js";
import { mondayOf, startOfUtcDay } from "./time.js";
import { FIRST_NAMES, LAST_NAMES } from "./words.js";

export interface DemoOptions {
  customers: number;
  seed: number;
  now: Date;
}

const CALLING_PRODUCTS = new Set<Product>(["calling_professional", "calling_standard"]);

export function generateDemoPartner(options: DemoOptions): DemoPartner {
  // Two runs on the same day give the same data: everything hangs off the start of the day.
  const today = startOfUtcDay(options.now);
  const currentMonday = mondayOf(today);
  const callingWeeks = fullWeeksBefore(currentMonday);
  const random = seededRandom(options.seed);
  const nextSubscriptionId = subscriptionNumbers(random);
  const nextOrderId = orderNumbers(random);

  const profiles = generateCustomers(random, options.customers, today);
  const partner: DemoPartner = {
    customers: profiles.map((p) => p.customer),
    subscriptions: [], licenseLines: [], licenseSnapshots: [], datedSnapshots: [], orders: [], users: [], domains: [],
    tags: demoTags(today), tagAssignments: [], partnerAdmins: demoAdmins(), adminAssignments: [],
    callQueueWeeks: [], callingUsage: [], callQualityWeeks: [],
  };

  for (const profile of profiles) {
    const { customer } = profile;
    let liveCallingLicenses = 0;
    for (const plan of planSubscriptions(random, profile, nextSubscriptionId, today)) {
      const lines = plan.products.map((product) => licenseLine(random, plan.subscription.id, product, customer.plannedUsers ?? 10, plan.uptake));
      // Only one line of an over-limit subscription goes over: the others stay within bounds.
      if (plan.uptake === "over") {
        for (const line of lines.slice(1)) {
          line.assigned = Math.min(line.assigned, line.total);
          line.used = Math.min(line.used, line.assigned);
        }
      }
      partner.subscriptions.push(plan.subscription);
      partner.licenseLines.push(...lines);
      if (plan.subscription.status !== "pending_setup") {
        const weeks = snapshotWeeks(currentMonday, plan.subscription);
        for (const line of lines) partner.licenseSnapshots.push(...lineHistory(random, line, weeks));
      }
      partner.orders.push(...ordersFor(random, nextOrderId, plan.subscription, lines, today));
      if (plan.subscription.status === "active" || plan.subscription.status === "suspended") {
        for (const line of lines) if (CALLING_PRODUCTS.has(line.product as Product)) liveCallingLicenses += line.total;
      }
    }

    partner.domains.push({ domain: profile.domain, customerId: customer.id });
    const taken = new Set<string>();
    for (let u = random.int(2, 5); u > 0; u--) {
      const email = `${random.pick(FIRST_NAMES)}.${random.pick(LAST_NAMES)}@${profile.domain}`;
      if (taken.has(email)) continue;
      taken.add(email);
      partner.users.push({ email, customerId: customer.id });
    }

    // Call queues exist for most, not all, customers that use Calling now.
    if (liveCallingLicenses > 0) {
      const queues = random.chance(0.85) ? callQueueWeeks(random, customer.id, liveCallingLicenses, callingWeeks) : [];
      partner.callQueueWeeks.push(...queues);
      const usage = callingUsage(random, customer.id, customer.region as Region, liveCallingLicenses, callingWeeks, queues);
      partner.callingUsage.push(...usage);
      partner.callQualityWeeks.push(...qualityWeeks(customer.id, usage));
    }
  }

  partner.datedSnapshots = demoDatedSnapshots(partner.subscriptions, partner.licenseLines, today);
  partner.tagAssignments = tagAssignments(random, profiles, partner.tags, today);
  partner.adminAssignments = salesAssignments(random, profiles, partner.partnerAdmins);
  return partner;
}
