// "Feature used by calls" (Función utilizada por las llamadas): how many calls of the last complete
// week used each advanced calling feature, partner-wide and per customer. The seeds limit it to
// customers with the call queue feature. Customers are ranked by the share of their calls that
// used any feature, lowest first: the seed's use is to help customers adopt features they use little.
import type { PageRequest } from "../analytics/filter.js";
import type { Page } from "../analytics/types.js";
import type { CustomerFeaturesRow } from "../store/calling/callingWeekQueries.js";
import { byName, compareRatios, rankedPage } from "./ranking.js";
import { percent } from "../analytics/values.js";

export const CALLING_FEATURES = ["huntGroup", "autoAttendant", "callQueue"] as const;
export type CallingFeature = (typeof CALLING_FEATURES)[number];
export type FeatureCounts = Record<CallingFeature, number>;

export interface CustomerFeatures {
  customerId: string;
  customerName: string;
  nameKey: string;
  totalCalls: number;
  counts: FeatureCounts;
  /** Calls that used a feature (the report counts each feature's calls; a call is counted once per feature). */
  featureCalls: number;
  /** featureCalls / totalCalls in percent; null without calls. */
  featurePercent: number | null;
}

export interface FeaturesView {
  week: Date;
  customers: number;
  totalCalls: number;
  counts: FeatureCounts;
  table: Page<CustomerFeatures>;
}

const sumOf = (counts: FeatureCounts): number => CALLING_FEATURES.reduce((total, feature) => total + counts[feature], 0);

const lowestFirst = (a: CustomerFeatures, b: CustomerFeatures): number =>
  compareRatios(a.featureCalls, a.totalCalls, b.featureCalls, b.totalCalls) || byName(a, b);

export function featuresView(rows: readonly CustomerFeaturesRow[], week: Date, page?: PageRequest): FeaturesView {
  const customers = rows.map((r): CustomerFeatures => {
    const counts = { huntGroup: r.huntGroup, autoAttendant: r.autoAttendant, callQueue: r.callQueue };
    const featureCalls = sumOf(counts);
    return { customerId: r.customerId, customerName: r.name, nameKey: r.nameKey, totalCalls: r.totalCalls, counts, featureCalls, featurePercent: percent(featureCalls, r.totalCalls) };
  });
  const counts = Object.fromEntries(CALLING_FEATURES.map((feature) => [feature, customers.reduce((total, c) => total + c.counts[feature], 0)])) as FeatureCounts;
  return {
    week,
    customers: customers.length,
    totalCalls: customers.reduce((total, c) => total + c.totalCalls, 0),
    counts,
    table: rankedPage(customers, lowestFirst, page),
  };
}
