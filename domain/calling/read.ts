// Each calling question as the store's typed rows (domain/store/calling) handed to its pure view.
import type { PageRequest } from "../analytics/filter.js";
import type { AnalyticsFamily } from "../analytics/types.js";
import type { Db } from "../store/client.js";
import { customerFeatures, customerPoorCalls, customerUsage, weekTotals } from "../store/calling/callingWeekQueries.js";
import { licenseWeekTotals } from "../store/calling/licenseTrendQuery.js";
import { customerPoorLegs, qualityWeekTotals } from "../store/calling/qualityQueries.js";
import type { CallingScope } from "../store/calling/scope.js";
import { featuresView, type FeaturesView } from "./features.js";
import { licenseTrend, TREND_WEEKS, type LicenseTrend } from "./licenseTrend.js";
import { qualityView, weekFromLegs, weekFromReport, type QualityView } from "./quality.js";
import { usageView, usageWeeks, type UsageView, type UsageWeek } from "./usage.js";
import { lastCompleteWeek, weeksEndingWith } from "./weeks.js";

/** Weeks of the quality trend and of one customer's usage. */
export const CALLING_TREND_WEEKS = 8;

export async function readUsage(db: Db, scope: CallingScope, page?: PageRequest): Promise<UsageView> {
  const [before, week] = weeksEndingWith(lastCompleteWeek(scope.now), 2) as [Date, Date];
  return usageView(await customerUsage(db, scope, week, before), week, before, page);
}

/** One customer's (scope.customerId's) last 8 weeks, newest first. */
export async function readUsageWeeks(db: Db, scope: CallingScope): Promise<UsageWeek[]> {
  const weeks = weeksEndingWith(lastCompleteWeek(scope.now), CALLING_TREND_WEEKS);
  return usageWeeks(await weekTotals(db, scope, weeks[0]!, weeks.at(-1)!), weeks);
}

export async function readQuality(db: Db, scope: CallingScope, page?: PageRequest): Promise<QualityView> {
  const week = lastCompleteWeek(scope.now);
  const weeks = weeksEndingWith(week, CALLING_TREND_WEEKS);
  const measured = await qualityWeekTotals(db, scope, weeks[0]!, week);
  if (measured.some((w) => w.weekStart.getTime() === week.getTime() && w.legs > 0)) {
    return qualityView({ source: "legs", week, weeks, qualityWeeks: measured.map(weekFromLegs), customers: await customerPoorLegs(db, scope, week), page });
  }
  const reported = await weekTotals(db, scope, weeks[0]!, week);
  return qualityView({ source: "report", week, weeks, qualityWeeks: reported.map(weekFromReport), customers: await customerPoorCalls(db, scope, week), page });
}

export async function readFeatures(db: Db, scope: CallingScope, page?: PageRequest): Promise<FeaturesView> {
  const week = lastCompleteWeek(scope.now);
  return featuresView(await customerFeatures(db, scope, week), week, page);
}

/** The last 12 weeks, the current one included (its snapshot is the latest import's). */
export async function readLicenseTrend(db: Db, scope: CallingScope, family: AnalyticsFamily): Promise<LicenseTrend> {
  const weeks = weeksEndingWith(scope.now, TREND_WEEKS);
  return licenseTrend(await licenseWeekTotals(db, scope, family, weeks[0]!, weeks.at(-1)!), weeks);
}
