// "Call quality" (Calidad de las llamadas): the poor-quality share of the last complete week, its
// trend over 8 weeks, the share per endpoint type, and "Customers and call quality": customers
// ranked by their share of poor-quality calls (not the count), worst first.
//
// How poor quality is counted (the view says which, in "How these are counted"):
// - "legs": where per-leg media quality records were imported for the week, the seed's rule
//   (poorQuality.ts) over the measured legs, per endpoint type too;
// - "report": otherwise the Calling detailed usage report's own "Total poor quality calls" over
//   its "Total calls". The report counts legs per endpoint type but not which were poor, so the
//   endpoint view then shows the legs alone.
import type { PageRequest } from "../analytics/filter.js";
import type { Page } from "../analytics/types.js";
import type { CustomerPoorRow, WeekTotalsRow } from "../store/calling/callingWeekQueries.js";
import type { QualityWeekRow } from "../store/calling/qualityQueries.js";
import { ENDPOINT_TYPES, type EndpointType } from "./endpoints.js";
import { byName, compareRatios, rankedPage, shareOf, type Share } from "./ranking.js";

export type QualitySource = "legs" | "report";

export interface EndpointQuality { endpoint: EndpointType; legs: number; /** Null when the source cannot tell. */ poor: number | null; percent: number | null }

export interface CustomerQuality extends Share { customerId: string; customerName: string; nameKey: string }

export interface QualityView {
  source: QualitySource;
  week: Date;
  /** The week's share in the scope. */
  partner: Share;
  /** Oldest first, ending with `week`; null where a week has no data. */
  trend: { weekStart: Date; share: Share | null }[];
  endpoints: EndpointQuality[];
  table: Page<CustomerQuality>;
}

/** A week's figures in the unit of the source: measured legs, or the report's calls. */
export interface QualityWeek { weekStart: Date; share: Share; endpoints: EndpointQuality[] }

const ENDPOINT_COLUMNS = {
  desk_phone: ["deskPhoneLegs", "deskPhonePoor"],
  room_device: ["roomDeviceLegs", "roomDevicePoor"],
  webex_app: ["webexAppLegs", "webexAppPoor"],
  other: ["otherLegs", "otherPoor"],
} as const satisfies Record<EndpointType, readonly [keyof QualityWeekRow, keyof QualityWeekRow]>;

export function weekFromLegs(row: QualityWeekRow): QualityWeek {
  return {
    weekStart: row.weekStart,
    share: shareOf(row.poorLegs, row.legs),
    endpoints: ENDPOINT_TYPES.map((endpoint) => {
      const [legs, poor] = ENDPOINT_COLUMNS[endpoint];
      return { endpoint, legs: row[legs] as number, poor: row[poor] as number, percent: shareOf(row[poor] as number, row[legs] as number).percent };
    }),
  };
}

/** A week of the usage report: calls and poor calls; legs per endpoint, the Webex App's being the rest. */
export function weekFromReport(row: WeekTotalsRow): QualityWeek {
  const app = Math.max(0, row.callLegs - row.legsDeskPhone - row.legsRoomDevice - row.legsOtherDevices);
  const legs: Record<EndpointType, number> = { desk_phone: row.legsDeskPhone, room_device: row.legsRoomDevice, webex_app: app, other: row.legsOtherDevices };
  return {
    weekStart: row.weekStart,
    share: shareOf(row.poorQualityCalls, row.totalCalls),
    endpoints: ENDPOINT_TYPES.map((endpoint) => ({ endpoint, legs: legs[endpoint], poor: null, percent: null })),
  };
}

const worstFirst = (a: CustomerQuality, b: CustomerQuality): number =>
  -compareRatios(a.poor, a.measured, b.poor, b.measured) || b.poor - a.poor || byName(a, b);

export function qualityView(input: {
  source: QualitySource;
  week: Date;
  weeks: readonly Date[];
  qualityWeeks: readonly QualityWeek[];
  customers: readonly CustomerPoorRow[];
  page?: PageRequest;
}): QualityView {
  const byWeek = new Map(input.qualityWeeks.map((w) => [w.weekStart.getTime(), w]));
  const current = byWeek.get(input.week.getTime());
  const rows = input.customers.map((r): CustomerQuality => ({ customerId: r.customerId, customerName: r.name, nameKey: r.nameKey, ...shareOf(r.poor, r.measured) }));
  return {
    source: input.source,
    week: input.week,
    partner: current?.share ?? shareOf(0, 0),
    trend: input.weeks.map((weekStart) => ({ weekStart, share: byWeek.get(weekStart.getTime())?.share ?? null })),
    endpoints: current?.endpoints ?? [],
    table: rankedPage(rows, worstFirst, input.page),
  };
}
