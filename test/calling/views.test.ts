// The calling views as pure functions of the rows the store returns, checked against figures
// worked out by hand: the ranking (by change, by share), the week-over-week change, the trend.
import { describe, expect, it } from "vitest";
import { usageView, usageWeeks } from "../../domain/calling/usage.js";
import { qualityView, weekFromLegs, weekFromReport } from "../../domain/calling/quality.js";
import { featuresView } from "../../domain/calling/features.js";
import { licenseTrend } from "../../domain/calling/licenseTrend.js";
import { weeksEndingWith } from "../../domain/calling/weeks.js";
import type { CustomerUsageRow, WeekTotalsRow } from "../../domain/store/calling/callingWeekQueries.js";
import type { QualityWeekRow } from "../../domain/store/calling/qualityQueries.js";

const WEEK = new Date("2026-02-23T00:00:00Z");
const BEFORE = new Date("2026-02-16T00:00:00Z");
const all = { page: 1, pageSize: 100 };
const named = (id: string) => ({ customerId: id, name: `Customer ${id.toUpperCase()}`, nameKey: `customer ${id}` });

const usageRow = (id: string, calls: number, before: number | null, more: Partial<CustomerUsageRow> = {}): CustomerUsageRow => ({
  ...named(id), weeksWithData: before === null ? 1 : 2, calls, legs: calls * 2, minutes: calls * 3, videoMinutes: calls / 2,
  hasLast: 1, callsBefore: before ?? 0, hasBefore: before === null ? 0 : 1, ...more,
});

const totals = (weekStart: Date, more: Partial<WeekTotalsRow>): WeekTotalsRow => ({
  weekStart, customers: 1, totalCalls: 0, callLegs: 0, callMinutes: 0, videoMinutes: 0, poorQualityCalls: 0, legsDeskPhone: 0,
  legsRoomDevice: 0, legsOtherDevices: 0, huntGroupCalls: 0, autoAttendantCalls: 0, callQueueCalls: 0, ...more,
});

describe("customers and usage", () => {
  const rows = [
    usageRow("a", 100, 200), usageRow("b", 90, 100), usageRow("c", 0, 40, { hasLast: 0, weeksWithData: 1 }),
    usageRow("d", 50, null), usageRow("e", 80, null),
  ];

  it("ranks the largest drop first, customers without a week before after them by calls", () => {
    const view = usageView(rows, WEEK, BEFORE, all);
    expect(view.table.rows.map((r) => [r.customerId, r.change, r.changePercent])).toEqual([
      ["c", -40, -100], ["a", -100, -50], ["b", -10, -10], ["e", null, null], ["d", null, null],
    ]);
  });

  it("sums the scope's week and compares it with the week before", () => {
    const view = usageView(rows, WEEK, BEFORE, all);
    // 100 + 90 + 0 + 50 + 80 = 320 calls against 200 + 100 + 40 = 340: -20, -5.9 %.
    expect([view.customers, view.totals.calls, view.totals.legs, view.change, view.changePercent]).toEqual([4, 320, 640, -20, -5.9]);
  });

  it("pages the ranking", () => {
    const second = usageView(rows, WEEK, BEFORE, { page: 2, pageSize: 2 });
    expect([second.table.rows.map((r) => r.customerId), second.table.pageCount, second.table.total]).toEqual([["b", "e"], 3, 5]);
  });

  it("lists one customer's weeks newest first with each week's change, skipping weeks without data", () => {
    const weeks = weeksEndingWith(WEEK, 4);
    const list = usageWeeks([totals(weeks[0]!, { totalCalls: 10 }), totals(weeks[1]!, { totalCalls: 15 }), totals(weeks[3]!, { totalCalls: 12 })], weeks);
    expect(list.map((w) => [w.weekStart.toISOString().slice(0, 10), w.calls, w.change, w.changePercent])).toEqual([
      ["2026-02-23", 12, null, null], ["2026-02-09", 15, 5, 50], ["2026-02-02", 10, null, null],
    ]);
  });
});

describe("call quality", () => {
  const legsWeek = (weekStart: Date, legs: number, poor: number): QualityWeekRow => ({
    weekStart, legs, poorLegs: poor, deskPhoneLegs: legs - 10, deskPhonePoor: poor - 1, roomDeviceLegs: 0, roomDevicePoor: 0,
    webexAppLegs: 10, webexAppPoor: 1, otherLegs: 0, otherPoor: 0,
  });
  const customers = [
    { ...named("x"), measured: 100, poor: 10 }, { ...named("y"), measured: 20, poor: 3 },
    { ...named("z"), measured: 400, poor: 30 }, { ...named("w"), measured: 10, poor: 1 },
  ];
  const weeks = weeksEndingWith(WEEK, 8);

  it("ranks customers by their share of poor-quality calls, worst first, not by the count", () => {
    const view = qualityView({ source: "legs", week: WEEK, weeks, qualityWeeks: [weekFromLegs(legsWeek(WEEK, 530, 44))], customers, page: all });
    // y 15 %, x and w 10 % (x has more poor calls), z 7.5 % although it has the most poor calls.
    expect(view.table.rows.map((r) => [r.customerId, r.percent])).toEqual([["y", 15], ["x", 10], ["w", 10], ["z", 7.5]]);
  });

  it("takes the week's share, the 8-week trend with gaps, and the share per endpoint from measured legs", () => {
    const view = qualityView({ source: "legs", week: WEEK, weeks, qualityWeeks: [weekFromLegs(legsWeek(weeks[0]!, 200, 4)), weekFromLegs(legsWeek(WEEK, 530, 44))], customers, page: all });
    expect(view.partner).toEqual({ measured: 530, poor: 44, percent: 8.3 });
    expect(view.trend.map((w) => w.share?.percent ?? null)).toEqual([2, null, null, null, null, null, null, 8.3]);
    expect(view.endpoints.map((e) => [e.endpoint, e.legs, e.poor, e.percent])).toEqual([
      ["desk_phone", 520, 43, 8.3], ["room_device", 0, 0, null], ["webex_app", 10, 1, 10], ["other", 0, 0, null],
    ]);
  });

  it("falls back to the report's counts: calls and poor calls, and legs per endpoint without a poor share", () => {
    const week = weekFromReport(totals(WEEK, { totalCalls: 400, poorQualityCalls: 12, callLegs: 600, legsDeskPhone: 250, legsRoomDevice: 50, legsOtherDevices: 20 }));
    expect(week.share).toEqual({ measured: 400, poor: 12, percent: 3 });
    // The Webex App's legs are the rest: 600 - 250 - 50 - 20.
    expect(week.endpoints.map((e) => [e.endpoint, e.legs, e.poor])).toEqual([["desk_phone", 250, null], ["room_device", 50, null], ["webex_app", 280, null], ["other", 20, null]]);
  });
});

describe("feature used by calls", () => {
  it("adds up each feature and ranks customers by the share of calls that used one, lowest first", () => {
    const row = (id: string, totalCalls: number, huntGroup: number, autoAttendant: number, callQueue: number) => ({ ...named(id), totalCalls, huntGroup, autoAttendant, callQueue });
    const view = featuresView([row("a", 100, 5, 5, 10), row("b", 50, 0, 1, 2), row("c", 10, 1, 1, 1)], WEEK, all);
    expect([view.customers, view.totalCalls, view.counts]).toEqual([3, 160, { huntGroup: 6, autoAttendant: 7, callQueue: 13 }]);
    expect(view.table.rows.map((r) => [r.customerId, r.featureCalls, r.featurePercent])).toEqual([["b", 3, 6], ["a", 20, 20], ["c", 3, 30]]);
  });
});

describe("license distribution trend", () => {
  it("lists 12 weeks oldest first with gaps, and the change from the first week with a snapshot to the last", () => {
    const weeks = weeksEndingWith(new Date("2026-03-04T00:00:00Z"), 12);
    const row = (i: number, assigned: number, used: number) => ({ weekStart: weeks[i]!, total: 100, assigned, used, available: 100 - assigned });
    const trend = licenseTrend([row(2, 40, 20), row(11, 70, 45), row(5, 50, 30)], weeks);
    expect(trend.weeks).toHaveLength(12);
    expect(trend.weeks.filter((w) => w.point).map((w) => w.point!.assigned)).toEqual([40, 50, 70]);
    expect([trend.earliest?.weekStart, trend.latest?.assigned, trend.latest?.available]).toEqual([weeks[2], 70, 30]);
  });
});
