// The rows of a demo partner: plain objects shaped like the models of prisma/schema.prisma, so
// that they go to createMany as they are. Tags and partner admins carry local ids (1, 2, ...)
// that writeDemoPartner maps to the ids the store gives them.
import type { Role } from "../../domain/model.js";
import type { CallQueueWeek } from "../generated/sqlite/client.js";
import type { CallQualityWeekRow } from "../../domain/calling/qualityWeeks.js";
import type { UsageRow } from "../../domain/calling/callingWeeks.js";

export interface DemoCustomer {
  id: string;
  name: string;
  nameKey: string;
  region: string;
  industry: string | null;
  plannedUsers: number | null;
  managedBy: string;
  externalId: string | null;
  totalUsers: number | null;
  verifiedUsers: number | null;
  lastAdminActivityAt: Date | null;
  addedAt: Date;
}

export interface DemoSubscription {
  id: string;
  customerId: string;
  type: string;
  status: string;
  startAt: Date;
  endAt: Date | null;
  autoRenew: boolean;
}

export interface DemoLicenseLine {
  subscriptionId: string;
  product: string;
  family: string;
  total: number;
  assigned: number;
  used: number;
}

export interface DemoLicenseSnapshot {
  subscriptionId: string;
  product: string;
  weekStart: Date;
  total: number;
  assigned: number;
  used: number;
}

/** A dated_snapshots row: one subscription as a subscription details report of that date said. */
export interface DemoDatedSnapshot {
  takenAt: Date;
  subscriptionId: string;
  customerId: string;
  type: string;
  status: string;
  endAt: Date | null;
  autoRenew: boolean;
  total: number;
  assigned: number;
  overage: number;
}

export interface DemoOrder {
  id: string;
  subscriptionId: string;
  placedAt: Date;
  kind: string;
  summary: string;
}

export interface DemoCustomerUser { email: string; customerId: string }
export interface DemoCustomerDomain { domain: string; customerId: string }

export interface DemoTag { id: number; name: string; nameKey: string; createdBy: string; createdAt: Date }
export interface DemoTagAssignment { tagId: number; customerId: string; assignedBy: string; assignedAt: Date }

export interface DemoPartnerAdmin { id: number; email: string; displayName: string; role: Role; source: string }
export interface DemoAdminAssignment { adminId: number; customerId: string }

export type DemoCallQueueWeek = CallQueueWeek;

/** A calling_usage row: the usage the calling_weeks rollup sums, at one location. */
export interface DemoCallingUsage extends UsageRow { location: string }

export interface DemoPartner {
  customers: DemoCustomer[];
  subscriptions: DemoSubscription[];
  licenseLines: DemoLicenseLine[];
  licenseSnapshots: DemoLicenseSnapshot[];
  /** Today's and a week-old snapshot (history.ts), so that `changes` has something to compare. */
  datedSnapshots: DemoDatedSnapshot[];
  orders: DemoOrder[];
  users: DemoCustomerUser[];
  domains: DemoCustomerDomain[];
  tags: DemoTag[];
  tagAssignments: DemoTagAssignment[];
  partnerAdmins: DemoPartnerAdmin[];
  adminAssignments: DemoAdminAssignment[];
  callQueueWeeks: DemoCallQueueWeek[];
  callingUsage: DemoCallingUsage[];
  /** Measured legs per customer and week (quality.ts); the sandbox serves the legs behind them. */
  callQualityWeeks: CallQualityWeekRow[];
}
