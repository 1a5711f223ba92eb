// Per-leg media quality records summed into call_quality_weeks rows: per customer and calendar
// week, the measured legs and the poor ones (poorQuality.ts), in all and per endpoint type.
// Legs that carry no figures are not measured and count nowhere.
import { weekStartOf } from "../calendar.js";
import { ENDPOINT_TYPES, type EndpointType } from "./endpoints.js";
import { isMeasured, isPoorLeg, type LegMetrics } from "./poorQuality.js";

export interface MeasuredLeg extends LegMetrics { customerId: string; startTime: Date; endpoint: EndpointType }

export type EndpointCounts = Record<EndpointType, { legs: number; poor: number }>;

export interface CallQualityWeekRow { customerId: string; weekStart: Date; legs: number; poorLegs: number; endpoints: EndpointCounts }

export const noEndpointCounts = (): EndpointCounts =>
  Object.fromEntries(ENDPOINT_TYPES.map((type) => [type, { legs: 0, poor: 0 }])) as EndpointCounts;

export function qualityWeeksOf(legs: Iterable<MeasuredLeg>): CallQualityWeekRow[] {
  const weeks = new Map<string, CallQualityWeekRow>();
  for (const leg of legs) {
    if (!isMeasured(leg)) continue;
    const weekStart = weekStartOf(leg.startTime);
    const key = `${leg.customerId}|${weekStart.getTime()}`;
    let week = weeks.get(key);
    if (!week) weeks.set(key, (week = { customerId: leg.customerId, weekStart, legs: 0, poorLegs: 0, endpoints: noEndpointCounts() }));
    const poor = isPoorLeg(leg) ? 1 : 0;
    week.legs++;
    week.poorLegs += poor;
    week.endpoints[leg.endpoint].legs++;
    week.endpoints[leg.endpoint].poor += poor;
  }
  return [...weeks.values()];
}
