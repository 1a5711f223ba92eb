// "Customers and usage" (Clientes y uso): each customer's calls, call legs, minutes and video
// minutes in the last complete week, and the change in calls from the week before, so that a
// partner can spot customers whose usage trends down (the seeds) and reach out. Ranked by the
// change in calls as a share of the week before, largest drop first; customers without usage
// the week before follow, most calls first. A customer with usage the week before and none last
// week made no calls last week (-100 %).
import type { PageRequest } from "../analytics/filter.js";
import type { Page } from "../analytics/types.js";
import { percent } from "../analytics/values.js";
import type { CustomerUsageRow, WeekTotalsRow } from "../store/calling/callingWeekQueries.js";
import { byName, rankedPage } from "./ranking.js";

export interface UsageFigures { calls: number; legs: number; minutes: number; videoMinutes: number }

export interface Change {
  /** Calls last week minus calls the week before; null without usage the week before. */
  change: number | null;
  /** The change as a percentage of the week before (one decimal); null without calls then. */
  changePercent: number | null;
}

export interface CustomerUsage extends UsageFigures, Change { customerId: string; customerName: string; nameKey: string }

export interface UsageView extends Change {
  week: Date;
  weekBefore: Date;
  customers: number;
  totals: UsageFigures;
  table: Page<CustomerUsage>;
}

/** The change from `before` (null: no data then) to `now`. */
export function changeFrom(now: number, before: number | null): Change {
  if (before === null) return { change: null, changePercent: null };
  return { change: now - before, changePercent: percent(now - before, before) };
}

function drop(a: CustomerUsage, b: CustomerUsage): number {
  if (a.changePercent !== null && b.changePercent !== null) return a.changePercent - b.changePercent;
  if (a.changePercent !== null || b.changePercent !== null) return a.changePercent !== null ? -1 : 1;
  return b.calls - a.calls;
}

export function usageView(rows: readonly CustomerUsageRow[], week: Date, weekBefore: Date, page?: PageRequest): UsageView {
  const customers = rows.map((r): CustomerUsage => ({
    customerId: r.customerId, customerName: r.name, nameKey: r.nameKey,
    calls: r.calls, legs: r.legs, minutes: r.minutes, videoMinutes: r.videoMinutes,
    ...changeFrom(r.calls, r.hasBefore > 0 ? r.callsBefore : null),
  }));
  const sum = (pick: (r: CustomerUsageRow) => number) => rows.reduce((total, r) => total + pick(r), 0);
  const withBefore = rows.some((r) => r.hasBefore > 0);
  const totals = { calls: sum((r) => r.calls), legs: sum((r) => r.legs), minutes: Math.round(sum((r) => r.minutes) * 10) / 10, videoMinutes: Math.round(sum((r) => r.videoMinutes) * 10) / 10 };
  return {
    week,
    weekBefore,
    customers: rows.filter((r) => r.hasLast > 0).length,
    totals,
    ...changeFrom(totals.calls, withBefore ? sum((r) => r.callsBefore) : null),
    table: rankedPage(customers, (a, b) => drop(a, b) || byName(a, b), page),
  };
}

export interface UsageWeek extends UsageFigures, Change { weekStart: Date }

/** One customer's (or a scope's) weeks, newest first, each with the change from the week before it. */
export function usageWeeks(rows: readonly WeekTotalsRow[], weeks: readonly Date[]): UsageWeek[] {
  const byWeek = new Map(rows.map((r) => [r.weekStart.getTime(), r]));
  return weeks.map((weekStart, i) => {
    const row = byWeek.get(weekStart.getTime());
    const previous = i > 0 ? byWeek.get(weeks[i - 1]!.getTime()) : undefined;
    const calls = row?.totalCalls ?? 0;
    return {
      weekStart, calls, legs: row?.callLegs ?? 0, minutes: row?.callMinutes ?? 0, videoMinutes: row?.videoMinutes ?? 0,
      ...changeFrom(calls, previous ? previous.totalCalls : null),
    };
  }).filter((w) => byWeek.has(w.weekStart.getTime())).reverse();
}
