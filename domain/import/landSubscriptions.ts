// Lands a subscription details report: customers, subscriptions and their license lines are
// compared with the store and only what differs is written, so a re-import changes nothing and
// reports "unchanged". Rows the report does not mention are left as they are. Newest wins
// (newestWins.ts): figures stored from a later report are kept. A customer's region comes from
// the row (a Region column) or from the report's own region (sync asks for one per region), and
// only for a customer the store has not seen from the caller's fallback.
import type { SubscriptionDetailsRow } from "./kinds/subscriptionDetails.js";
import { nameKeyOf, sameTime, selectWhereIn, type Tx } from "./tx.js";
import { bool, dateOrNull, numOrNull } from "../analytics/values.js";
import { zeroCounts, type Counts } from "./types.js";
import { familyOf } from "../model.js";
import { isOlder, stampAsOf } from "./newestWins.js";
import { type NewCustomer, type NewLicenseLine, type NewSubscription, insertCustomers, insertLicenseLines, insertSubscriptions } from "./bulk.js";

export interface LandedSubscriptions {
  customers: Counts;
  subscriptions: Counts;
  touchedCustomerIds: string[];
  reportDate: Date | null;
  /** Subscriptions whose stored figures came from a newer report and were kept. */
  keptNewer: number;
}

interface CustomerIn { id: string; name: string; totalUsers: number | null; verifiedUsers: number | null; asOf: Date; region: string | null }
interface LineIn { product: string; total: number; assigned: number; used: number }
interface SubscriptionIn { id: string; customerId: string; type: string; status: string; endAt: Date | null; autoRenew: boolean; lines: LineIn[]; asOf: Date }

export async function landSubscriptionDetails(tx: Tx, rows: readonly SubscriptionDetailsRow[], region: string, now: Date, reportRegion: string | null = null): Promise<LandedSubscriptions> {
  const customersIn = new Map<string, CustomerIn>();
  const subscriptionsIn = new Map<string, SubscriptionIn>();
  let reportDate: Date | null = null;
  for (const r of rows) {
    if (!reportDate || r.calculationDate > reportDate) reportDate = r.calculationDate;
    const known = customersIn.get(r.orgId);
    // Org-wide figures repeat on every subscription row; a blank one does not erase another's.
    customersIn.set(r.orgId, {
      id: r.orgId, name: r.customerName, totalUsers: r.totalUsers ?? known?.totalUsers ?? null, verifiedUsers: r.verifiedUsers ?? known?.verifiedUsers ?? null,
      asOf: known && known.asOf > r.calculationDate ? known.asOf : r.calculationDate, region: r.region ?? known?.region ?? reportRegion,
    });
    subscriptionsIn.set(r.subscriptionId, { id: r.subscriptionId, customerId: r.orgId, type: r.type, status: r.status, endAt: r.endAt, autoRenew: r.autoRenew, lines: r.licenses, asOf: r.calculationDate });
  }
  const firstSeen = reportDate ?? new Date(0);
  const customers = zeroCounts();
  const subscriptions = zeroCounts();
  const touched = new Set<string>();

  const customerIds = [...customersIn.keys()];
  const existingCustomers = new Map<string, { name: string; totalUsers: number | null; verifiedUsers: number | null; asOf: Date | null; region: string; addedAt: Date | null }>();
  for (const c of await selectWhereIn(tx, "SELECT id, name, total_users, verified_users, as_of, region, added_at FROM customers WHERE id IN", customerIds)) {
    existingCustomers.set(String(c.id), {
      name: String(c.name), totalUsers: numOrNull(c.total_users), verifiedUsers: numOrNull(c.verified_users), asOf: dateOrNull(c.as_of), region: String(c.region), addedAt: dateOrNull(c.added_at),
    });
  }
  const newCustomers: NewCustomer[] = [];
  for (const c of customersIn.values()) {
    const old = existingCustomers.get(c.id);
    if (!old) {
      newCustomers.push({ id: c.id, name: c.name, nameKey: nameKeyOf(c.name), region: c.region ?? region, totalUsers: c.totalUsers, verifiedUsers: c.verifiedUsers, addedAt: firstSeen });
      customers.created++;
      touched.add(c.id);
    } else if (isOlder(c.asOf, old.asOf)) {
      // History only: an older report that lists the customer shows it was managed earlier.
      if (await movedEarlier(tx, "customers", c.id, old.addedAt, firstSeen)) { customers.updated++; touched.add(c.id); } else customers.unchanged++;
    }
    else if (old.name !== c.name || (c.totalUsers !== null && old.totalUsers !== c.totalUsers) || (c.verifiedUsers !== null && old.verifiedUsers !== c.verifiedUsers) || (c.region !== null && old.region !== c.region)) {
      await tx.customer.update({
        where: { id: c.id },
        data: {
          name: c.name, nameKey: nameKeyOf(c.name), ...(c.totalUsers !== null && { totalUsers: c.totalUsers }), ...(c.verifiedUsers !== null && { verifiedUsers: c.verifiedUsers }),
          ...(c.region !== null && { region: c.region }),
        },
      });
      customers.updated++;
      touched.add(c.id);
    } else customers.unchanged++;
  }
  await insertCustomers(tx, newCustomers, now);

  const subscriptionIds = [...subscriptionsIn.keys()];
  const existingSubs = new Map<string, { customerId: string; type: string; status: string; endAt: Date | null; autoRenew: boolean; asOf: Date | null; startAt: Date | null }>();
  const existingLines = new Map<string, LineIn>();
  for (const s of await selectWhereIn(tx, "SELECT id, customer_id, type, status, end_at, auto_renew, as_of, start_at FROM subscriptions WHERE id IN", subscriptionIds)) {
    existingSubs.set(String(s.id), {
      customerId: String(s.customer_id), type: String(s.type), status: String(s.status), endAt: dateOrNull(s.end_at), autoRenew: bool(s.auto_renew), asOf: dateOrNull(s.as_of), startAt: dateOrNull(s.start_at),
    });
  }
  for (const l of await selectWhereIn(tx, "SELECT subscription_id, product, total, assigned, used FROM license_lines WHERE subscription_id IN", subscriptionIds)) {
    existingLines.set(`${String(l.subscription_id)}|${String(l.product)}`, { product: String(l.product), total: Number(l.total), assigned: Number(l.assigned), used: Number(l.used) });
  }
  const newSubs: NewSubscription[] = [];
  const newLines: NewLicenseLine[] = [];
  let keptNewer = 0;
  for (const s of subscriptionsIn.values()) {
    const old = existingSubs.get(s.id);
    // An older report fills history only: neither the subscription nor its lines change.
    // It still shows the subscription existed earlier than the store first saw it.
    if (old && isOlder(s.asOf, old.asOf)) {
      keptNewer++;
      if (await movedEarlier(tx, "subscriptions", s.id, old.startAt, firstSeen)) { subscriptions.updated++; touched.add(old.customerId); } else subscriptions.unchanged++;
      continue;
    }
    let changed = false;
    if (!old) {
      newSubs.push({ id: s.id, customerId: s.customerId, type: s.type, status: s.status, startAt: firstSeen, endAt: s.endAt, autoRenew: s.autoRenew });
    } else if (old.customerId !== s.customerId || old.type !== s.type || old.status !== s.status || old.autoRenew !== s.autoRenew || !sameTime(old.endAt, s.endAt)) {
      await tx.subscription.update({ where: { id: s.id }, data: { customerId: s.customerId, type: s.type, status: s.status, endAt: s.endAt, autoRenew: s.autoRenew } });
      changed = true;
      if (old.customerId !== s.customerId) touched.add(old.customerId);
    }
    for (const line of s.lines) {
      const before = existingLines.get(`${s.id}|${line.product}`);
      if (!before) newLines.push({ subscriptionId: s.id, product: line.product, family: familyOf(line.product), ...pick(line) });
      else if (before.total !== line.total || before.assigned !== line.assigned || before.used !== line.used) {
        await tx.licenseLine.update({ where: { subscriptionId_product: { subscriptionId: s.id, product: line.product } }, data: pick(line) });
      } else continue;
      changed = true;
    }
    if (!old) subscriptions.created++;
    else if (changed) subscriptions.updated++;
    else subscriptions.unchanged++;
    if (!old || changed) touched.add(s.customerId);
  }
  await insertSubscriptions(tx, newSubs, now);
  await insertLicenseLines(tx, newLines);
  await stampAsOf(tx, "customers", new Map([...customersIn.values()].map((c) => [c.id, c.asOf])));
  await stampAsOf(tx, "subscriptions", new Map([...subscriptionsIn.values()].map((s) => [s.id, s.asOf])));
  return { customers, subscriptions, touchedCustomerIds: [...touched], reportDate, keptNewer };
}

/** Moves a first-seen date (customers.added_at, subscriptions.start_at) back to `seen` when that is earlier. */
async function movedEarlier(tx: Tx, table: "customers" | "subscriptions", id: string, stored: Date | null, seen: Date): Promise<boolean> {
  if (!stored || stored.getTime() <= seen.getTime()) return false;
  if (table === "customers") await tx.customer.update({ where: { id }, data: { addedAt: seen } });
  else await tx.subscription.update({ where: { id }, data: { startAt: seen } });
  return true;
}

const pick = (line: LineIn) => ({ total: line.total, assigned: line.assigned, used: line.used });
