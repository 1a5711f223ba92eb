// The analytics sections as reports (expiring, renewing, low assignment, overage, recently
// added), read from domain/analytics page by page. Those functions page by offset (at most
// 100 rows a page): fine for sections, which hold the subscriptions of a 90-day window or an
// exception list, not the whole partner.
import {
  aboutToExpireSection, aboutToRenewSection, lowAssignmentSection, overLimitSection, recentlyAddedSection,
} from "../../analytics/index.js";
import type { AnalyticsContext, FamiliesQuery, Page } from "../../analytics/types.js";
import { usageOverWeeks, type AboutToEndRow } from "../../analytics/sections/aboutToEnd.js";
import { fixedClock } from "../../clock.js";
import { analyticsSettings } from "../../analytics/settings.js";
import { isoDay, type ReportQuery, type ReportRecord } from "../source.js";

type SectionReader<Row> = (ctx: AnalyticsContext, query: FamiliesQuery) => Promise<{ table: Page<Row> }>;

function sectionSource<Row>(read: SectionReader<Row>, toRecord: (row: Row) => ReportRecord) {
  return async function* rows(query: ReportQuery): AsyncIterable<ReportRecord[]> {
    const settings = analyticsSettings(query.timeZone ? { timeZone: query.timeZone } : {});
    const ctx: AnalyticsContext = { db: query.db, clock: fixedClock(query.now), viewer: query.viewer, settings };
    for (let page = 1; ; page++) {
      const { table } = await read(ctx, { family: query.family, filter: query.filter, page: { page, pageSize: 100 } });
      if (table.rows.length > 0) yield table.rows.map(toRecord);
      if (page >= table.pageCount) return;
    }
  };
}

const endingRecord = (r: AboutToEndRow): ReportRecord => ({
  customerName: r.customerName, orgId: r.customerId, subscriptionId: r.subscriptionId, endDate: isoDay(r.endAt),
  daysLeft: r.daysUntilEnd, total: r.total, used: r.used, assigned: r.assigned, available: r.available,
  usageLast3Months: usageOverWeeks(r.usageTrend)?.peak ?? null, family: r.family ?? null,
});

export const expiringRows = sectionSource(aboutToExpireSection, endingRecord);
export const renewingRows = sectionSource(aboutToRenewSection, endingRecord);

export const lowAssignmentRows = sectionSource(lowAssignmentSection, (r) => ({
  customerName: r.customerName, orgId: r.customerId, subscriptionId: r.subscriptionId, product: r.product,
  monthsSinceAdded: r.monthsSinceAdded, assigned: r.assigned, assignedPercent: r.assignedPercent, total: r.total,
  used: r.used, available: r.available, weeklyAssignedChange: r.weeklyAssignedChange,
}));

export const overageRows = sectionSource(overLimitSection, (r) => ({
  customerName: r.customerName, orgId: r.customerId, subscriptionId: r.subscriptionId, product: r.product,
  monthsRemaining: r.monthsRemaining, autoRenew: r.autoRenew, total: r.total, assigned: r.assigned,
  assignedPercent: r.assignedPercent, used: r.used, usedPercent: r.usedPercent, overage: r.overage,
}));

export const recentlyAddedRows = sectionSource(recentlyAddedSection, (r) => ({
  customerName: r.customerName, orgId: r.customerId, subscriptionId: r.subscriptionId, daysSinceAdded: r.daysSinceAdded,
  total: r.total, used: r.used, assigned: r.assigned, available: r.available,
  weeklyAssignedChange: r.weeklyAssignedChange, weeklyUsedChange: r.weeklyUsedChange,
}));
