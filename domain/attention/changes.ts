// `changes [days]`: what changed between the newest dated snapshot and the one of `days` days
// before. Pure: the query (domain/store/attention/changesQueries.ts) hands over only rows that may
// have changed; this decides what each one means, and orders them most urgent first. Nothing
// unchanged is reported.
import { ENDING_DAYS } from "./today.js";

export const CHANGE_KINDS = ["statusChanged", "newlyOverLimit", "newlyExpiring", "autoRenewOff", "licensesDown", "licensesUp", "newCustomer"] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** `changes` looks back 1 to 90 days; 7 when not said. */
export const DEFAULT_CHANGE_DAYS = 7;
export const MAX_CHANGE_DAYS = 90;
/** License totals that moved by at least this share are reported. */
export const LICENSE_CHANGE_SHARE = 0.1;
/** Statuses an active subscription can fall to that need a call. */
export const LOST_STATUSES = ["suspended", "expired", "cancelled"] as const;

/** A subscription's state on one snapshot date. */
export interface SubscriptionState { status: string; endAt: Date | null; autoRenew: boolean; overage: number }

export interface SubscriptionPair {
  subscriptionId: string;
  customerId: string;
  customerName: string;
  trial: boolean;
  now: SubscriptionState;
  /** null: the older snapshot does not list it. */
  before: SubscriptionState | null;
}

export interface CustomerTotals { customerId: string; customerName: string; now: number; before: number }

export type Change =
  | { kind: "statusChanged"; customerId: string; customerName: string; subscriptionId: string; from: string; to: string }
  | { kind: "newlyOverLimit"; customerId: string; customerName: string; subscriptionId: string; overage: number }
  | { kind: "newlyExpiring"; customerId: string; customerName: string; subscriptionId: string; trial: boolean; endAt: Date }
  | { kind: "autoRenewOff"; customerId: string; customerName: string; subscriptionId: string; endAt: Date | null }
  | { kind: "licensesDown" | "licensesUp"; customerId: string; customerName: string; before: number; now: number }
  | { kind: "newCustomer"; customerId: string; customerName: string };

/** Ends without auto-renew within 30 days of `at` (a state that "expires within 30 days"). */
export function expiresWithin(state: SubscriptionState, at: Date, days = ENDING_DAYS): boolean {
  if (state.status !== "active" || state.autoRenew || !state.endAt) return false;
  const left = state.endAt.getTime() - at.getTime();
  return left > 0 && left <= days * 86_400_000;
}

export function subscriptionChanges(pair: SubscriptionPair, dates: { now: Date; before: Date }): Change[] {
  const { now, before } = pair;
  const who = { customerId: pair.customerId, customerName: pair.customerName, subscriptionId: pair.subscriptionId };
  const out: Change[] = [];
  if (before?.status === "active" && (LOST_STATUSES as readonly string[]).includes(now.status)) {
    out.push({ kind: "statusChanged", ...who, from: before.status, to: now.status });
  }
  if (now.overage > 0 && now.status === "active" && (before?.overage ?? 0) === 0) out.push({ kind: "newlyOverLimit", ...who, overage: now.overage });
  if (expiresWithin(now, dates.now) && !(before && expiresWithin(before, dates.before))) {
    out.push({ kind: "newlyExpiring", ...who, trial: pair.trial, endAt: now.endAt! });
  }
  if (before?.autoRenew && !now.autoRenew && now.status === "active") out.push({ kind: "autoRenewOff", ...who, endAt: now.endAt });
  return out;
}

export function licenseChange(totals: CustomerTotals): Change | null {
  const { now, before } = totals;
  if (now === before) return null;
  if (before > 0 && Math.abs(now - before) < before * LICENSE_CHANGE_SHARE) return null;
  return { kind: now > before ? "licensesUp" : "licensesDown", customerId: totals.customerId, customerName: totals.customerName, before, now };
}

/** Most urgent first: lost subscriptions, then overage, expiry, auto-renew, licenses, new customers; by name within a kind. */
export function orderChanges(changes: readonly Change[]): Change[] {
  const rank = (c: Change) => CHANGE_KINDS.indexOf(c.kind);
  return [...changes].sort((a, b) => rank(a) - rank(b) || a.customerName.localeCompare(b.customerName) || a.customerId.localeCompare(b.customerId));
}

export function allChanges(
  pairs: readonly SubscriptionPair[], totals: readonly CustomerTotals[], newCustomers: ReadonlyArray<{ customerId: string; customerName: string }>, dates: { now: Date; before: Date },
): Change[] {
  const changes: Change[] = pairs.flatMap((pair) => subscriptionChanges(pair, dates));
  for (const t of totals) { const c = licenseChange(t); if (c) changes.push(c); }
  changes.push(...newCustomers.map((c) => ({ kind: "newCustomer" as const, ...c })));
  return orderChanges(changes);
}
