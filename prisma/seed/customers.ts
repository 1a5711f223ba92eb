// The demo partner's customer organizations: who they are, and which story each one tells
// (its archetype), so that every status of the customer list shows up several times.
import type { Region } from "../../domain/model.js";
import { nameKeyOf } from "../../domain/text.js";
import type { Random } from "./random.js";
import type { DemoCustomer } from "./rows.js";
import { addDays } from "./time.js";
import { INDUSTRIES, INDUSTRY_NOUNS, NAME_STEMS, NAME_SUFFIXES, type Industry } from "./words.js";

export type Archetype =
  | "healthy"
  | "newCustomer"
  | "trial"
  | "expiringSoon"
  | "overage"
  | "lowAssignment"
  | "pendingSetup"
  | "suspended"
  | "expired";

// One cycle of 20 customers. Customers take archetypes cycle by cycle (then shuffled), so any
// partner of 40 or more customers has each archetype at least twice, 60 or more three times.
const ARCHETYPE_CYCLE: readonly Archetype[] = [
  "healthy", "healthy", "healthy", "healthy", "healthy", "healthy",
  "newCustomer",
  "trial", "trial",
  "expiringSoon", "expiringSoon",
  "overage", "overage",
  "lowAssignment", "lowAssignment",
  "pendingSetup",
  "suspended",
  "expired", "expired",
  "healthy",
];

/** Share of customers none of whose admins signed in to Control Hub in the last 30 days. */
const INACTIVE_SHARE = 0.12;

export interface CustomerProfile {
  customer: DemoCustomer;
  archetype: Archetype;
  hasCalling: boolean;
  domain: string;
  inactive: boolean;
}

const REGION_WEIGHTS: ReadonlyArray<readonly [Region, number]> = [["US", 50], ["EU", 34], ["CA", 9], ["UAE", 7]];

export { nameKeyOf };

function slugOf(name: string): string {
  return nameKeyOf(name).replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

function plannedUsersFor(random: Random): number {
  const tier = random.weighted([[[5, 40], 35], [[40, 250], 40], [[250, 1500], 20], [[1500, 6000], 5]] as const);
  return random.int(tier[0], tier[1]);
}

function uniqueName(random: Random, region: Region, industry: Industry, taken: Set<string>): string {
  for (let attempt = 0; attempt < 30; attempt++) {
    const name = `${random.pick(NAME_STEMS)} ${random.pick(INDUSTRY_NOUNS[industry])} ${random.pick(NAME_SUFFIXES[region])}`;
    if (!taken.has(nameKeyOf(name))) return name;
  }
  // Past a few thousand customers the combinations of one industry and region run short.
  for (let n = 2; ; n++) {
    const name = `${random.pick(NAME_STEMS)} ${random.pick(INDUSTRY_NOUNS[industry])} ${n} ${random.pick(NAME_SUFFIXES[region])}`;
    if (!taken.has(nameKeyOf(name))) return name;
  }
}

function addedAtFor(random: Random, archetype: Archetype, today: Date): Date {
  if (archetype === "pendingSetup") return addDays(today, -random.int(1, 30));
  if (archetype === "newCustomer") return addDays(today, -random.int(1, 89));
  // About one customer in ten of the others also joined in the last 90 days.
  const daysAgo = random.chance(0.08) ? random.int(14, 89) : random.int(90, 3 * 365);
  return addDays(today, -daysAgo);
}

export function generateCustomers(random: Random, count: number, today: Date): CustomerProfile[] {
  const archetypes = random.shuffled(Array.from({ length: count }, (_, i) => ARCHETYPE_CYCLE[i % ARCHETYPE_CYCLE.length]!));
  const inactiveCount = Math.min(count, Math.max(3, Math.round(count * INACTIVE_SHARE)));
  const inactive = new Set(random.shuffled(Array.from({ length: count }, (_, i) => i)).slice(0, inactiveCount));
  const takenNames = new Set<string>();
  const takenDomains = new Set<string>();
  let wholesaleNumber = 4100;

  return archetypes.map((archetype, index) => {
    const region = random.weighted(REGION_WEIGHTS);
    const industry = random.pick(INDUSTRIES);
    const name = uniqueName(random, region, industry, takenNames);
    takenNames.add(nameKeyOf(name));
    let domain = `${slugOf(name)}.example`;
    for (let n = 2; takenDomains.has(domain); n++) domain = `${slugOf(name)}-${n}.example`;
    takenDomains.add(domain);

    const plannedUsers = plannedUsersFor(random);
    const totalUsers = Math.max(1, Math.round(plannedUsers * (0.55 + random.next() * 0.5)));
    const managedBy = random.chance(0.85) ? "partner" : "external";
    // Wholesale customers carry the partner's own reference (an external id).
    const externalId = random.chance(0.2) ? `WS-${(wholesaleNumber += random.int(1, 37))}` : null;
    const addedAt = addedAtFor(random, archetype, today);
    const isInactive = inactive.has(index) || (archetype === "expired" && random.chance(0.5));
    const activityDaysAgo = isInactive ? random.int(31, 240) : random.int(0, 27);
    const lastAdminActivityAt = new Date(Math.max(addedAt.getTime(), addDays(today, -activityDaysAgo).getTime() + random.int(0, 86_399) * 1000));

    return {
      archetype,
      hasCalling: random.chance(0.4),
      domain,
      // A customer added less than 30 days ago cannot have been silent for 30 days.
      inactive: isInactive && lastAdminActivityAt.getTime() < addDays(today, -30).getTime(),
      customer: {
        id: random.uuid(),
        name,
        nameKey: nameKeyOf(name),
        region,
        industry,
        plannedUsers,
        managedBy,
        externalId,
        totalUsers,
        verifiedUsers: Math.round(totalUsers * (0.8 + random.next() * 0.2)),
        lastAdminActivityAt,
        addedAt,
      },
    };
  });
}

