// Lands what sync read from the partner APIs besides the report: managed organizations,
// license counts per subscription, and partner tags. Runs inside sync's one transaction, after
// the subscription details report has landed, so licenses find their subscriptions.
import { familyOf, type Product } from "../model.js";
import { insertCustomers, insertLicenseLines, insertTagAssignments } from "./bulk.js";
import { chunks, nameKeyOf, type Tx } from "./tx.js";

export interface PartnerApiData {
  organizations: Array<{ orgId: string; name: string | null }>;
  licenses: Array<{ orgId: string; subscriptionId: string | null; name: string; totalUnits: number; consumedUnits: number }>;
  taggedOrganizations: Array<{ orgId: string; name: string | null; tags: string[] }>;
}

export interface LandedPartnerApis {
  customersCreated: number;
  licenseLinesWritten: number;
  licensesWithoutSubscription: number;
  tagsCreated: number;
  tagAssignmentsCreated: number;
  touchedCustomerIds: string[];
}

/** The store's product for a Webex license name, or null for licenses the bot does not track. */
export function productOfLicense(name: string): Product | null {
  if (/calling/i.test(name) && /professional/i.test(name)) return "calling_professional";
  if (/calling/i.test(name) && /(standard|basic)/i.test(name)) return "calling_standard";
  if (/webinar/i.test(name)) return "webinars";
  if (/translation/i.test(name)) return "rtt";
  if (/meeting/i.test(name)) return "meetings";
  return null;
}

export async function landPartnerApis(tx: Tx, data: PartnerApiData, options: { region: string; now: Date; actor: string }): Promise<LandedPartnerApis> {
  const touched = new Set<string>();
  const names = new Map<string, string>();
  for (const o of data.taggedOrganizations) if (o.name) names.set(o.orgId, o.name);
  for (const o of data.organizations) if (o.name) names.set(o.orgId, o.name);

  const orgIds = [...new Set([...data.organizations.map((o) => o.orgId), ...data.taggedOrganizations.map((o) => o.orgId)])];
  const known = new Set<string>();
  for (const ids of chunks(orgIds)) for (const c of await tx.customer.findMany({ where: { id: { in: ids } }, select: { id: true } })) known.add(c.id);
  // An org the report did not list (another region, or too new to be in it) still is a customer.
  const fresh = orgIds.filter((id) => !known.has(id)).map((id) => {
    const name = names.get(id) ?? id;
    return { id, name, nameKey: nameKeyOf(name), region: options.region, addedAt: options.now };
  });
  await insertCustomers(tx, fresh, options.now);
  fresh.forEach((c) => touched.add(c.id));

  // Several licenses of one product on one subscription add up.
  const lines = new Map<string, { orgId: string; subscriptionId: string; product: Product; total: number; assigned: number }>();
  let withoutSubscription = 0;
  for (const l of data.licenses) {
    const product = productOfLicense(l.name);
    if (!product) continue;
    if (!l.subscriptionId) { withoutSubscription++; continue; }
    const key = `${l.subscriptionId}|${product}`;
    const line = lines.get(key) ?? { orgId: l.orgId, subscriptionId: l.subscriptionId, product, total: 0, assigned: 0 };
    line.total += l.totalUnits;
    line.assigned += l.consumedUnits;
    lines.set(key, line);
  }
  const subscriptionIds = [...new Set([...lines.values()].map((l) => l.subscriptionId))];
  const subscriptions = new Map<string, string>();
  const existing = new Map<string, { total: number; assigned: number }>();
  for (const ids of chunks(subscriptionIds)) {
    for (const s of await tx.subscription.findMany({ where: { id: { in: ids } }, select: { id: true, customerId: true } })) subscriptions.set(s.id, s.customerId);
    for (const l of await tx.licenseLine.findMany({ where: { subscriptionId: { in: ids } } })) existing.set(`${l.subscriptionId}|${l.product}`, l);
  }
  let written = 0;
  const newLines = [];
  for (const [key, line] of lines) {
    const customerId = subscriptions.get(line.subscriptionId);
    if (!customerId) { withoutSubscription++; continue; }
    const before = existing.get(key);
    if (!before) {
      newLines.push({ subscriptionId: line.subscriptionId, product: line.product, family: familyOf(line.product), total: line.total, assigned: line.assigned, used: 0 });
    } else if (before.total !== line.total || before.assigned !== line.assigned) {
      await tx.licenseLine.update({ where: { subscriptionId_product: { subscriptionId: line.subscriptionId, product: line.product } }, data: { total: line.total, assigned: line.assigned } });
    } else continue;
    written++;
    touched.add(customerId);
  }
  await insertLicenseLines(tx, newLines);

  // Tags are added, never removed: tags made with the bot's own commands live beside Partner Hub's.
  const tagNames = new Map<string, string>();
  for (const o of data.taggedOrganizations) for (const t of o.tags) tagNames.set(nameKeyOf(t), t.trim());
  const tags = new Map<string, number>();
  for (const keys of chunks([...tagNames.keys()])) for (const t of await tx.tag.findMany({ where: { nameKey: { in: keys } } })) tags.set(t.nameKey, t.id);
  let tagsCreated = 0;
  for (const [nameKey, name] of tagNames) {
    if (tags.has(nameKey)) continue;
    tags.set(nameKey, (await tx.tag.create({ data: { name, nameKey, createdBy: options.actor, createdAt: options.now } })).id);
    tagsCreated++;
  }
  const wanted = data.taggedOrganizations.flatMap((o) => o.tags.map((t) => ({ tagId: tags.get(nameKeyOf(t))!, customerId: o.orgId })));
  const have = new Set<string>();
  for (const ids of chunks([...new Set(wanted.map((w) => w.customerId))])) {
    for (const a of await tx.tagAssignment.findMany({ where: { customerId: { in: ids } } })) have.add(`${a.tagId}|${a.customerId}`);
  }
  const newAssignments = wanted.filter((w) => !have.has(`${w.tagId}|${w.customerId}`) && (have.add(`${w.tagId}|${w.customerId}`), true))
    .map((w) => ({ ...w, assignedBy: options.actor, assignedAt: options.now }));
  await insertTagAssignments(tx, newAssignments);

  return { customersCreated: fresh.length, licenseLinesWritten: written, licensesWithoutSubscription: withoutSubscription, tagsCreated, tagAssignmentsCreated: newAssignments.length, touchedCustomerIds: [...touched] };
}
