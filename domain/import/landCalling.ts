// Lands the calling reports: call-queue weeks (from queue statistics or call records) and
// calling usage rows. Both belong to customers the store knows; a report that names its
// customers may introduce them, call records (org UUID only) may not.
import type { CallQueueWeekRow } from "./callQueueKpis.js";
import type { CallingUsageRow } from "./kinds/callingUsage.js";
import { insertCallingUsage, insertCallQueueWeeks, insertCustomers } from "./bulk.js";
import { chunks, nameKeyOf, sameTime, type Tx } from "./tx.js";
import { zeroCounts, type Counts } from "./types.js";

/** Thrown inside the transaction (so it rolls back) when rows name customers the store lacks. */
export class UnknownCustomersError extends Error {
  constructor(readonly orgIds: readonly string[]) {
    super(`unknown customer org ids: ${orgIds.slice(0, 3).join(", ")}`);
  }
}

export interface CustomerMention { orgId: string; name: string | null }

/** Creates the mentioned customers that have a name and are missing; returns created count. */
export async function ensureCustomers(tx: Tx, mentions: readonly CustomerMention[], region: string, addedAt: Date): Promise<{ created: string[] }> {
  const byId = new Map<string, string | null>();
  for (const m of mentions) if (!byId.get(m.orgId)) byId.set(m.orgId, m.name);
  const known = new Set<string>();
  for (const ids of chunks([...byId.keys()])) {
    for (const c of await tx.customer.findMany({ where: { id: { in: ids } }, select: { id: true } })) known.add(c.id);
  }
  const missing = [...byId.keys()].filter((id) => !known.has(id));
  const nameless = missing.filter((id) => !byId.get(id));
  if (nameless.length > 0) throw new UnknownCustomersError(nameless);
  const data = missing.map((id) => ({ id, name: byId.get(id)!, nameKey: nameKeyOf(byId.get(id)!), region, addedAt }));
  await insertCustomers(tx, data, addedAt);
  return { created: missing };
}

export async function landCallQueueWeeks(tx: Tx, weeks: readonly CallQueueWeekRow[]): Promise<{ records: Counts; touchedCustomerIds: string[] }> {
  const records = zeroCounts();
  const touched = new Set<string>();
  const existing = new Map<string, CallQueueWeekRow>();
  for (const ids of chunks([...new Set(weeks.map((w) => w.customerId))])) {
    for (const w of await tx.callQueueWeek.findMany({ where: { customerId: { in: ids } } })) existing.set(`${w.customerId}|${w.weekStart.getTime()}`, w);
  }
  const fresh = [];
  for (const w of weeks) {
    const old = existing.get(`${w.customerId}|${w.weekStart.getTime()}`);
    if (!old) { fresh.push(w); records.created++; touched.add(w.customerId); continue; }
    const same = (["totalCalls", "answered", "abandoned", "timedOut", "overflowed", "transferred"] as const).every((k) => old[k] === w[k])
      && Math.abs(old.answerWaitSeconds - w.answerWaitSeconds) < 1e-6 && Math.abs(old.abandonWaitSeconds - w.abandonWaitSeconds) < 1e-6;
    if (same) { records.unchanged++; continue; }
    // A newer report of a week replaces that week's figures: it covers the whole week.
    const { customerId, weekStart, ...figures } = w;
    await tx.callQueueWeek.update({ where: { customerId_weekStart: { customerId, weekStart } }, data: figures });
    records.updated++;
    touched.add(customerId);
  }
  await insertCallQueueWeeks(tx, fresh);
  return { records, touchedCustomerIds: [...touched] };
}

export interface UsageRecord { customerId: string; location: string; periodStart: Date; periodEnd: Date; totalCalls: number; callMinutes: number; poorQuality: number; metrics: string }

export function usageRecords(rows: readonly CallingUsageRow[], fallback: { start: Date; end: Date }): UsageRecord[] {
  const byKey = new Map<string, UsageRecord>();
  for (const r of rows) {
    const periodStart = r.periodStart ?? fallback.start;
    const record = {
      customerId: r.orgId, location: r.location, periodStart, periodEnd: r.periodEnd ?? fallback.end,
      totalCalls: r.totalCalls, callMinutes: r.callMinutes, poorQuality: r.poorQuality, metrics: JSON.stringify(r.metrics),
    };
    byKey.set(`${r.orgId}|${r.location}|${periodStart.getTime()}`, record);
  }
  return [...byKey.values()];
}

export async function landCallingUsage(tx: Tx, usage: readonly UsageRecord[]): Promise<{ records: Counts; touchedCustomerIds: string[] }> {
  const records = zeroCounts();
  const touched = new Set<string>();
  const existing = new Map<string, UsageRecord>();
  for (const ids of chunks([...new Set(usage.map((u) => u.customerId))])) {
    for (const u of await tx.callingUsage.findMany({ where: { customerId: { in: ids } } })) existing.set(`${u.customerId}|${u.location}|${u.periodStart.getTime()}`, u);
  }
  const fresh = [];
  for (const u of usage) {
    const old = existing.get(`${u.customerId}|${u.location}|${u.periodStart.getTime()}`);
    if (!old) { fresh.push(u); records.created++; touched.add(u.customerId); continue; }
    if (sameTime(old.periodEnd, u.periodEnd) && old.totalCalls === u.totalCalls && old.poorQuality === u.poorQuality && Math.abs(old.callMinutes - u.callMinutes) < 1e-9 && old.metrics === u.metrics) {
      records.unchanged++;
      continue;
    }
    const { customerId, location, periodStart, ...figures } = u;
    await tx.callingUsage.update({ where: { customerId_location_periodStart: { customerId, location, periodStart } }, data: figures });
    records.updated++;
    touched.add(customerId);
  }
  await insertCallingUsage(tx, fresh);
  return { records, touchedCustomerIds: [...touched] };
}
