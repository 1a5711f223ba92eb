// The thresholds behind every status and KPI, in one object so that a deployment (or a test)
// can change them in one place and cards, reports and alerts still agree.

export interface AnalyticsSettings {
  /** "Expiring soon": a non-renewing subscription or trial ends within this many days. */
  expiringSoonDays: number;
  /** "No recent activity": no administrator signed in to Control Hub for this many days. */
  inactivityDays: number;
  /** The window of "recently added", "about to expire" and "about to renew". */
  sectionWindowDays: number;
  /** A subscription is "low assignment" when its assigned/total ratio is strictly below this
   * percentile (nearest rank) of the partner's ratios for the same product. */
  lowAssignmentPercentile: number;
  /** Only subscriptions that started at least this many days ago are compared (new ones are
   * still being rolled out) and can be flagged. */
  lowAssignmentMinAgeDays: number;
  /** Weeks of "usage over the last 3 months" (the current week included). */
  usageTrendWeeks: number;
  /** The IANA time zone whose calendar days and months are counted (the asking space's). */
  timeZone: string;
}

export const DEFAULT_ANALYTICS_SETTINGS: Readonly<AnalyticsSettings> = Object.freeze({
  expiringSoonDays: 7,
  inactivityDays: 30,
  sectionWindowDays: 90,
  lowAssignmentPercentile: 25,
  lowAssignmentMinAgeDays: 30,
  usageTrendWeeks: 13,
  timeZone: "UTC",
});

export function analyticsSettings(overrides: Partial<AnalyticsSettings> = {}): AnalyticsSettings {
  return { ...DEFAULT_ANALYTICS_SETTINGS, ...overrides };
}
