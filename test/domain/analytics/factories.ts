// Small factories for the analytics tests: each writes real rows through Prisma, with
// defaults that keep a test's fixture down to what it is about.
import type { Db } from "../../../domain/store/client.js";
import { DAY_MS } from "../../../domain/clock.js";
import { familyOf } from "../../../domain/model.js";
import { nameKeyOf } from "../../../domain/analytics/customerSearch.js";

export const daysFrom = (at: Date, days: number): Date => new Date(at.getTime() + days * DAY_MS);

export interface CustomerSpec {
  id: string;
  name: string;
  region?: string;
  managedBy?: "partner" | "external";
  lastAdminActivityAt?: Date | null;
  addedAt?: Date;
}

export async function makeCustomer(db: Db, spec: CustomerSpec): Promise<void> {
  await db.customer.create({
    data: {
      id: spec.id,
      name: spec.name,
      nameKey: nameKeyOf(spec.name),
      region: spec.region ?? "US",
      managedBy: spec.managedBy ?? "partner",
      lastAdminActivityAt: spec.lastAdminActivityAt ?? null,
      addedAt: spec.addedAt ?? new Date("2024-01-01T00:00:00Z"),
      industry: "Retail",
      plannedUsers: 100,
    },
  });
}

export interface LineSpec { product: string; total: number; assigned: number; used: number }

export interface SubscriptionSpec {
  id: string;
  customerId: string;
  type?: "subscription" | "trial";
  status?: "active" | "expired" | "suspended" | "pending_setup" | "cancelled";
  startAt: Date;
  endAt?: Date | null;
  autoRenew?: boolean;
  lines?: LineSpec[];
}

export async function makeSubscription(db: Db, spec: SubscriptionSpec): Promise<void> {
  await db.subscription.create({
    data: {
      id: spec.id,
      customerId: spec.customerId,
      type: spec.type ?? "subscription",
      status: spec.status ?? "active",
      startAt: spec.startAt,
      endAt: spec.endAt ?? null,
      autoRenew: spec.autoRenew ?? false,
      licenses: { create: (spec.lines ?? []).map((l) => ({ ...l, family: familyOf(l.product) })) },
    },
  });
}

export async function makeSnapshot(db: Db, subscriptionId: string, weekStart: Date, line: LineSpec): Promise<void> {
  await db.licenseSnapshot.create({ data: { subscriptionId, weekStart, ...line } });
}

export async function makeCallQueueWeek(
  db: Db,
  customerId: string,
  weekStart: Date,
  figures: { totalCalls: number; answered: number; abandoned: number; timedOut?: number; overflowed?: number; transferred?: number; answerWaitSeconds: number; abandonWaitSeconds: number },
): Promise<void> {
  await db.callQueueWeek.create({
    data: { customerId, weekStart, timedOut: 0, overflowed: 0, transferred: 0, ...figures },
  });
}

export async function makeAdmin(db: Db, email: string, role: string, customerIds: string[] = []): Promise<number> {
  const admin = await db.partnerAdmin.create({
    data: { email, role, source: "import", customers: { create: customerIds.map((customerId) => ({ customerId })) } },
  });
  return admin.id;
}

export async function tagCustomer(db: Db, tagName: string, customerId: string): Promise<void> {
  const tag = await db.tag.upsert({
    where: { nameKey: tagName.toLowerCase() },
    create: { name: tagName, nameKey: tagName.toLowerCase(), createdBy: "admin@partner.example" },
    update: {},
  });
  await db.tagAssignment.create({ data: { tagId: tag.id, customerId, assignedBy: "admin@partner.example" } });
}
