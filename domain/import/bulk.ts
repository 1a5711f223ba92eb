// Typed bulk inserts of the tables an import creates rows in (see insertRows for why raw SQL).
// Prisma fills updated_at itself on its own writes; here it is given explicitly.
import { insertRows, type Tx } from "./tx.js";

export interface NewCustomer { id: string; name: string; nameKey: string; region: string; addedAt: Date; totalUsers?: number | null; verifiedUsers?: number | null }
export interface NewSubscription { id: string; customerId: string; type: string; status: string; startAt: Date; endAt: Date | null; autoRenew: boolean }
export interface NewLicenseLine { subscriptionId: string; product: string; family: string; total: number; assigned: number; used: number }

export const insertCustomers = (tx: Tx, rows: readonly NewCustomer[], now: Date) =>
  insertRows(tx, "customers", ["id", "name", "name_key", "region", "added_at", "total_users", "verified_users", "updated_at"],
    rows.map((c) => [c.id, c.name, c.nameKey, c.region, c.addedAt, c.totalUsers ?? null, c.verifiedUsers ?? null, now]));

export const insertSubscriptions = (tx: Tx, rows: readonly NewSubscription[], now: Date) =>
  insertRows(tx, "subscriptions", ["id", "customer_id", "type", "status", "start_at", "end_at", "auto_renew", "updated_at"],
    rows.map((s) => [s.id, s.customerId, s.type, s.status, s.startAt, s.endAt, s.autoRenew, now]));

export const insertLicenseLines = (tx: Tx, rows: readonly NewLicenseLine[]) =>
  insertRows(tx, "license_lines", ["subscription_id", "product", "family", "total", "assigned", "used"],
    rows.map((l) => [l.subscriptionId, l.product, l.family, l.total, l.assigned, l.used]));

export const insertCallQueueWeeks = (tx: Tx, rows: ReadonlyArray<{ customerId: string; weekStart: Date; totalCalls: number; answered: number; abandoned: number; timedOut: number; overflowed: number; transferred: number; answerWaitSeconds: number; abandonWaitSeconds: number }>) =>
  insertRows(tx, "call_queue_weeks", ["customer_id", "week_start", "total_calls", "answered", "abandoned", "timed_out", "overflowed", "transferred", "answer_wait_seconds", "abandon_wait_seconds"],
    rows.map((w) => [w.customerId, w.weekStart, w.totalCalls, w.answered, w.abandoned, w.timedOut, w.overflowed, w.transferred, w.answerWaitSeconds, w.abandonWaitSeconds]));

export const insertCallingUsage = (tx: Tx, rows: ReadonlyArray<{ customerId: string; location: string; periodStart: Date; periodEnd: Date; totalCalls: number; callMinutes: number; poorQuality: number; metrics: string }>) =>
  insertRows(tx, "calling_usage", ["customer_id", "location", "period_start", "period_end", "total_calls", "call_minutes", "poor_quality_calls", "metrics"],
    rows.map((u) => [u.customerId, u.location, u.periodStart, u.periodEnd, u.totalCalls, u.callMinutes, u.poorQuality, u.metrics]));

export const insertTagAssignments = (tx: Tx, rows: ReadonlyArray<{ tagId: number; customerId: string; assignedBy: string; assignedAt: Date }>) =>
  insertRows(tx, "tag_assignments", ["tag_id", "customer_id", "assigned_by", "assigned_at"], rows.map((a) => [a.tagId, a.customerId, a.assignedBy, a.assignedAt]));
