// The demo partner's people and labels: its five administrators (one per role), the customers
// the sales administrators are assigned to, and custom tags on about 40 % of the customers.
import type { Role } from "../../domain/model.js";
import type { CustomerProfile } from "./customers.js";
import { nameKeyOf } from "./customers.js";
import type { Random } from "./random.js";
import type { DemoAdminAssignment, DemoPartnerAdmin, DemoTag, DemoTagAssignment } from "./rows.js";
import { addDays } from "./time.js";
import { TAG_NAMES } from "./words.js";

export const DEMO_ADMINS: Array<{ email: string; displayName: string; role: Role }> = [
  { email: "ana.silva@partner.example", displayName: "Ana Silva", role: "full" },
  { email: "ben.okafor@partner.example", displayName: "Ben Okafor", role: "admin" },
  { email: "chen.wei@partner.example", displayName: "Chen Wei", role: "readonly" },
  { email: "dora.klein@partner.example", displayName: "Dora Klein", role: "sales-full" },
  { email: "eli.novak@partner.example", displayName: "Eli Novak", role: "sales" },
];

/** How the demo roster is marked in partner_admins.source, so that a reset finds it again. */
export const DEMO_SOURCE = "seed";

export function demoAdmins(): DemoPartnerAdmin[] {
  return DEMO_ADMINS.map((admin, i) => ({ id: i + 1, ...admin, source: DEMO_SOURCE }));
}

/**
 * Each sales administrator gets about a tenth of the customers; their books overlap by about
 * a third, and neither ever gets all of them.
 */
export function salesAssignments(random: Random, profiles: readonly CustomerProfile[], admins: readonly DemoPartnerAdmin[]): DemoAdminAssignment[] {
  const n = profiles.length;
  if (n < 2) return [];
  const book = Math.min(n - 1, Math.max(1, Math.round(n * 0.1)));
  const order = random.shuffled(profiles.map((p) => p.customer.id));
  // Partner administrators see only what they provisioned or were assigned: the demo gives them a book too,
  // after the sales roles so that the sales books stay as they were.
  const scoped = [...admins.filter((a) => a.role === "sales" || a.role === "sales-full"), ...admins.filter((a) => a.role === "admin")];
  return scoped.flatMap((admin, i) => {
    const from = Math.round(i * book * 0.7);
    return order.slice(from, from + book).map((customerId) => ({ adminId: admin.id, customerId }));
  });
}

export function demoTags(today: Date): DemoTag[] {
  return TAG_NAMES.map((name, i) => ({
    id: i + 1,
    name,
    nameKey: nameKeyOf(name),
    createdBy: DEMO_ADMINS[i % 2]!.email,
    createdAt: addDays(today, -400 + i * 23),
  }));
}

// Tags a partner would really put on a customer like this one, most telling first.
function fittingTags(random: Random, profile: CustomerProfile): string[] {
  const { customer, archetype } = profile;
  const fits: string[] = [];
  if (customer.industry === "Healthcare") fits.push("Healthcare");
  if (customer.industry === "Public sector") fits.push("Public sector");
  if (customer.externalId) fits.push("Wholesale");
  if (["expiringSoon", "expired", "suspended", "lowAssignment"].includes(archetype)) fits.push("Renewal risk");
  if ((customer.plannedUsers ?? 0) > 1000) fits.push("Key account", "Strategic");
  if (!profile.hasCalling) fits.push("Calling upsell");
  fits.push(random.pick(["Q4 focus", "Migration wave 2", "Reference customer", "Strategic"]));
  return fits;
}

export function tagAssignments(random: Random, profiles: readonly CustomerProfile[], tags: readonly DemoTag[], today: Date): DemoTagAssignment[] {
  const idOf = new Map(tags.map((t) => [t.name, t.id]));
  const rows: DemoTagAssignment[] = [];
  for (const profile of profiles) {
    if (!random.chance(0.4)) continue;
    const names = [...new Set(fittingTags(random, profile))].slice(0, random.int(1, 3));
    const since = Math.max(profile.customer.addedAt.getTime(), addDays(today, -365).getTime());
    for (const name of names) {
      rows.push({
        tagId: idOf.get(name)!,
        customerId: profile.customer.id,
        assignedBy: random.pick(DEMO_ADMINS.slice(0, 2)).email,
        assignedAt: new Date(since + Math.floor(random.next() * (today.getTime() - since))),
      });
    }
  }
  return rows;
}
