// Customer details: profile, subscriptions with their licenses and order history, trials,
// tags, assigned partner administrators, and the customer's statuses at "now".
import type { CustomerStatus, ManagedBy, Region, Role } from "../model.js";
import { statusesOfCustomers } from "./customerList.js";
import type { AnalyticsContext, LicenseCounts } from "./types.js";
import { licenseCounts } from "./paging.js";
import { Prisma } from "../../prisma/generated/sqlite/client.js";
import { visibleTo } from "../access/customerAccess.js";
import { calendarDaysBetween } from "../calendarDays.js";
import { DEFAULT_ANALYTICS_SETTINGS } from "./settings.js";

export interface ContractDetail {
  id: string;
  status: string;
  startAt: Date;
  /** Expiration or renewal date. */
  endAt: Date | null;
  autoRenew: boolean;
  licenses: (LicenseCounts & { product: string; family: string })[];
  orders: { id: string; placedAt: Date; kind: string; summary: string }[];
  /** In force at "now" (active, suspended or pending setup, and not run out): listed first. */
  current?: boolean;
  /** Calendar days to the end in the space's zone; null without an end date or once ended. */
  daysLeft?: number | null;
}

const CURRENT_STATES = new Set(["active", "suspended", "pending_setup"]);

/**
 * Current contracts first, the soonest end first (undated last); then the ended ones, the most
 * recently ended first: a 2023 expiry never sits above this month's renewal.
 */
export function rankContracts<C extends Pick<ContractDetail, "endAt" | "current" | "id">>(contracts: readonly C[]): C[] {
  const time = (c: C, missing: number) => c.endAt?.getTime() ?? missing;
  return [...contracts].sort((a, b) =>
    Number(b.current ?? false) - Number(a.current ?? false)
    || (a.current ? time(a, Infinity) - time(b, Infinity) : time(b, -Infinity) - time(a, -Infinity))
    || a.id.localeCompare(b.id));
}

export interface CustomerDetail {
  profile: {
    id: string;
    name: string;
    industry: string | null;
    plannedUsers: number | null;
    region: Region;
    managedBy: ManagedBy;
    externalId: string | null;
    addedAt: Date;
    lastAdminActivityAt: Date | null;
  };
  statuses: CustomerStatus[];
  subscriptions: ContractDetail[];
  trials: ContractDetail[];
  tags: string[];
  admins: { email: string; displayName: string | null; role: Role }[];
  /** Whether any call-queue week is stored: the card offers its call queues only then. */
  hasCallQueues: boolean;
}

/** The detail of one customer, or null when it does not exist or the viewer may not see it. */
export async function customerDetail(ctx: AnalyticsContext, customerId: string): Promise<CustomerDetail | null> {
  const visible = await ctx.db.$queryRaw<{ id: string }[]>(Prisma.sql`SELECT c.id FROM customers c WHERE c.id = ${customerId} AND ${visibleTo(ctx.viewer)}`);
  if (visible.length === 0) return null;
  const customer = await ctx.db.customer.findUnique({
    where: { id: customerId },
    include: {
      subscriptions: { include: { licenses: { orderBy: { product: "asc" } }, orders: { orderBy: { placedAt: "desc" } } }, orderBy: [{ endAt: "asc" }, { id: "asc" }] },
      tags: { include: { tag: true } },
      admins: { include: { admin: true } },
    },
  });
  if (!customer) return null;
  const [statusMap, queueWeek] = await Promise.all([
    statusesOfCustomers(ctx, [customerId]),
    ctx.db.callQueueWeek.findFirst({ where: { customerId }, select: { customerId: true } }),
  ]);
  const statuses = statusMap.get(customerId) ?? [];
  const now = ctx.clock.now();
  const timeZone = (ctx.settings ?? DEFAULT_ANALYTICS_SETTINGS).timeZone;
  const contracts: (ContractDetail & { type: string })[] = rankContracts(customer.subscriptions.map((s) => {
    const running = s.autoRenew || s.endAt === null || s.endAt > now;
    return {
    id: s.id,
    type: s.type,
    status: s.status,
    startAt: s.startAt,
    endAt: s.endAt,
    autoRenew: s.autoRenew,
    licenses: s.licenses.map((l) => ({ product: l.product, family: l.family, ...licenseCounts(l) })),
    orders: s.orders.map((o) => ({ id: o.id, placedAt: o.placedAt, kind: o.kind, summary: o.summary })),
    current: CURRENT_STATES.has(s.status) && running,
    daysLeft: s.endAt && s.endAt > now ? calendarDaysBetween(now, s.endAt, timeZone) : null,
  };
  }));
  const strip = ({ type: _type, ...rest }: ContractDetail & { type: string }): ContractDetail => rest;
  return {
    profile: {
      id: customer.id,
      name: customer.name,
      industry: customer.industry,
      plannedUsers: customer.plannedUsers,
      region: customer.region as Region,
      managedBy: customer.managedBy as ManagedBy,
      externalId: customer.externalId,
      addedAt: customer.addedAt,
      lastAdminActivityAt: customer.lastAdminActivityAt,
    },
    statuses,
    subscriptions: contracts.filter((c) => c.type === "subscription").map(strip),
    trials: contracts.filter((c) => c.type === "trial").map(strip),
    tags: customer.tags.map((a) => a.tag.name).sort((a, b) => a.localeCompare(b)),
    admins: customer.admins
      .map((a) => ({ email: a.admin.email, displayName: a.admin.displayName, role: a.admin.role as Role }))
      .sort((a, b) => a.email.localeCompare(b.email)),
    hasCallQueues: queueWeek !== null,
  };
}
