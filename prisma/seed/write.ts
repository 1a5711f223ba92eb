// Puts a demo partner into a store: bulk inserts in one transaction, then the customer rollups,
// so that readers never see half a partner. Also the reset and the first-start seeding.
import { refreshCustomerRollups } from "../../domain/analytics/rollups.js";
import { systemClock } from "../../domain/clock.js";
import type { Db } from "../../domain/store/client.js";
import { generateDemoPartner, type DemoOptions } from "./generate.js";
import { DEMO_SOURCE } from "./roster.js";
import type { DemoPartner } from "./rows.js";
import type { Engine } from "../../domain/store/engine.js";
import { bulkInsert } from "./bulk.js";
import { callingWeeksOf } from "../../domain/calling/callingWeeks.js";
import { demoTables } from "./tables.js";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export const DEFAULT_DEMO_OPTIONS = { customers: 300, seed: 1 } as const;

// Ten thousand customers write about half a million rows: far beyond Prisma's 5 s default.
const TRANSACTION_TIMEOUT_MS = 10 * 60_000;

/** Which engine a client talks to; the generated client records its provider. */
export function engineOfClient(db: Db): Engine {
  const provider = (db as unknown as { _activeProvider?: string })._activeProvider;
  return provider === "postgresql" ? "postgres" : "sqlite";
}

/** Tags and admins may already exist (tags by name, admins from PARTNER_ADMINS): reuse them. */
async function storeRoster(tx: Tx, partner: DemoPartner): Promise<{ tagIds: Map<number, number>; adminIds: Map<number, number> }> {
  const tagIds = new Map<number, number>();
  for (const { id, ...tag } of partner.tags) {
    const stored = await tx.tag.upsert({ where: { nameKey: tag.nameKey }, create: tag, update: {} });
    tagIds.set(id, stored.id);
  }
  const adminIds = new Map<number, number>();
  for (const { id, ...admin } of partner.partnerAdmins) {
    const stored = await tx.partnerAdmin.upsert({ where: { email: admin.email }, create: admin, update: {} });
    adminIds.set(id, stored.id);
  }
  return { tagIds, adminIds };
}

function mapped(ids: Map<number, number>, local: number): number {
  const id = ids.get(local);
  if (id === undefined) throw new Error(`demo partner refers to an unknown local id ${local}`);
  return id;
}

export async function writeDemoPartner(db: Db, partner: DemoPartner): Promise<{ customers: number; subscriptions: number }> {
  const engine = engineOfClient(db);
  const tables = demoTables(new Date());
  await db.$transaction(async (tx) => {
    const { tagIds, adminIds } = await storeRoster(tx, partner);
    // Parents before children: the foreign keys are checked row by row.
    await bulkInsert(tx, engine, tables.customers, partner.customers);
    await bulkInsert(tx, engine, tables.subscriptions, partner.subscriptions);
    await bulkInsert(tx, engine, tables.licenseLines, partner.licenseLines);
    await bulkInsert(tx, engine, tables.licenseSnapshots, partner.licenseSnapshots);
    await bulkInsert(tx, engine, tables.datedSnapshots, partner.datedSnapshots);
    await bulkInsert(tx, engine, tables.orders, partner.orders);
    await bulkInsert(tx, engine, tables.users, partner.users);
    await bulkInsert(tx, engine, tables.domains, partner.domains);
    await bulkInsert(tx, engine, tables.tagAssignments, partner.tagAssignments.map((a) => ({ ...a, tagId: mapped(tagIds, a.tagId) })));
    await bulkInsert(tx, engine, tables.adminAssignments, partner.adminAssignments.map((a) => ({ ...a, adminId: mapped(adminIds, a.adminId) })));
    await bulkInsert(tx, engine, tables.callQueueWeeks, partner.callQueueWeeks);
    await bulkInsert(tx, engine, tables.callingUsage, partner.callingUsage);
    await bulkInsert(tx, engine, tables.callingWeeks, callingWeeksOf(partner.callingUsage));
    await bulkInsert(tx, engine, tables.callQualityWeeks, partner.callQualityWeeks);
    // Without statistics the planners read the rollups' correlated subqueries through the
    // (status, end_at) index, once per customer: minutes at 10,000 customers instead of a second.
    await tx.$executeRawUnsafe("ANALYZE");
    await refreshCustomerRollups(tx, partner.customers.map((c) => c.id));
  }, { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 60_000 });
  return { customers: partner.customers.length, subscriptions: partner.subscriptions.length };
}

/** True when the store holds no customer: the condition for seeding without --reset. */
export async function isStoreEmpty(db: Db): Promise<boolean> {
  return (await db.customer.count()) === 0;
}

/**
 * Deletes all partner data (customers and everything hanging off them, tags) and the demo
 * roster, but keeps bot settings, schedules and administrators that did not come from a seed.
 */
export async function clearPartnerData(db: Db): Promise<void> {
  // Children first: the schema cascades, but deleting explicitly does not depend on SQLite's
  // foreign_keys pragma being on.
  await db.$transaction(async (tx) => {
    await tx.licenseSnapshot.deleteMany();
    await tx.datedChange.deleteMany();
    await tx.datedChangeSet.deleteMany();
    await tx.datedSnapshot.deleteMany();
    await tx.licenseLine.deleteMany();
    await tx.subscriptionOrder.deleteMany();
    await tx.subscription.deleteMany();
    await tx.customerUser.deleteMany();
    await tx.customerDomain.deleteMany();
    await tx.tagAssignment.deleteMany();
    await tx.tag.deleteMany();
    await tx.partnerAdminAssignment.deleteMany();
    await tx.partnerAdmin.deleteMany({ where: { source: DEMO_SOURCE } });
    await tx.callQueueWeek.deleteMany();
    await tx.callingUsage.deleteMany();
    await tx.callingWeek.deleteMany();
    await tx.callQualityWeek.deleteMany();
    await tx.licenseWeek.deleteMany();
    await tx.customer.deleteMany();
  }, { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 60_000 });
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/**
 * Seeds the demo partner when the store has no customer yet; true when it did. Two instances
 * starting together on one PostgreSQL may both try: the loser's transaction hits a unique key,
 * rolls back, and it reports false.
 */
export async function seedIfEmpty(db: Db, options: Partial<DemoOptions> = {}): Promise<boolean> {
  if (!(await isStoreEmpty(db))) return false;
  const partner = generateDemoPartner({ ...DEFAULT_DEMO_OPTIONS, now: systemClock.now(), ...options });
  try {
    await writeDemoPartner(db, partner);
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}
