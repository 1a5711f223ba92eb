// The shapes every analytics question shares: who asks and when, and a page of a table.
import type { Clock } from "../clock.js";
import type { Db } from "../store/client.js";
import type { CustomerFilter, PageRequest, Viewer } from "./filter.js";
import type { AnalyticsSettings } from "./settings.js";

/** What every analytics function needs: the store, "now", the thresholds, and who is asking. */
export interface AnalyticsContext {
  db: Db;
  clock: Clock;
  viewer: Viewer;
  settings?: AnalyticsSettings;
}

/** The Meetings / Calling toggle of the subscription analytics. */
export const ANALYTICS_FAMILIES = ["meetings", "calling"] as const;
export type AnalyticsFamily = (typeof ANALYTICS_FAMILIES)[number];
/** One family, or both summed (a partner selling both: `kpis`, `expiring`, `renewing`). */
export const FAMILY_SELECTIONS = [...ANALYTICS_FAMILIES, "both"] as const;
export type FamilySelection = (typeof FAMILY_SELECTIONS)[number];
export const familiesOf = (selection: FamilySelection): AnalyticsFamily[] => (selection === "both" ? [...ANALYTICS_FAMILIES] : [selection]);

/** A question about the subscription analytics: the toggle, the filter and the page. */
export interface SectionQuery {
  family: AnalyticsFamily;
  filter?: CustomerFilter;
  page?: PageRequest;
}

/** A question that may span both families (KPI strip, about to end, low assignment, over limit). */
export interface FamiliesQuery extends Omit<SectionQuery, "family"> {
  family: FamilySelection;
}

/** One page of a table: `total` rows in all, `rows` on this page (1-based `page`). */
export interface Page<Row> {
  rows: Row[];
  page: number;
  pageSize: number;
  total: number;
  pageCount: number;
}

/** Licenses of one subscription (its lines of the toggled family, summed). */
export interface LicenseCounts {
  total: number;
  assigned: number;
  used: number;
  /** total - assigned, never negative (an over-limit subscription has none available). */
  available: number;
}
