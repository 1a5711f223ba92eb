// The calling_weeks rollup: a customer's Calling detailed usage rows (one per location and
// period) summed into calendar weeks. Only rows whose period lies within one week count
// (weeks.ts); their other columns come from the report's metrics by the import's keys.
import { weekOfPeriod } from "./weeks.js";

/** A calling_usage row as the store keeps it (metrics: JSON of the report's other columns). */
export interface UsageRow {
  customerId: string;
  periodStart: Date;
  periodEnd: Date;
  totalCalls: number;
  callMinutes: number;
  poorQuality: number;
  metrics: string;
}

/** A calling_weeks row. */
export interface CallingWeekRow {
  customerId: string;
  weekStart: Date;
  totalCalls: number;
  callLegs: number;
  callMinutes: number;
  videoMinutes: number;
  poorQualityCalls: number;
  legsDeskPhone: number;
  legsRoomDevice: number;
  legsOtherDevices: number;
  huntGroupCalls: number;
  autoAttendantCalls: number;
  callQueueCalls: number;
}

/** Which report metric (the import's key) each summed column reads. */
const FROM_METRICS = {
  callLegs: "totalCallLegs",
  videoMinutes: "callMinutesVideo",
  legsDeskPhone: "callLegsDeskPhone",
  legsRoomDevice: "callLegsRoomDevice",
  legsOtherDevices: "callLegsOtherDevices",
  huntGroupCalls: "callsHuntGroup",
  autoAttendantCalls: "callsAutoAttendant",
  callQueueCalls: "queueTotalCalls",
} as const satisfies Partial<Record<keyof CallingWeekRow, string>>;

function metricsOf(json: string): Record<string, number> {
  try {
    const parsed = JSON.parse(json) as Record<string, unknown>;
    return Object.fromEntries(Object.entries(parsed).map(([key, value]) => [key, typeof value === "number" && Number.isFinite(value) ? value : Number(value) || 0]));
  } catch {
    return {};
  }
}

const round1 = (value: number) => Math.round(value * 10) / 10;

export function callingWeeksOf(rows: Iterable<UsageRow>): CallingWeekRow[] {
  const weeks = new Map<string, CallingWeekRow>();
  for (const row of rows) {
    const weekStart = weekOfPeriod(row.periodStart, row.periodEnd);
    if (!weekStart) continue;
    const key = `${row.customerId}|${weekStart.getTime()}`;
    let week = weeks.get(key);
    if (!week) {
      week = {
        customerId: row.customerId, weekStart, totalCalls: 0, callLegs: 0, callMinutes: 0, videoMinutes: 0, poorQualityCalls: 0,
        legsDeskPhone: 0, legsRoomDevice: 0, legsOtherDevices: 0, huntGroupCalls: 0, autoAttendantCalls: 0, callQueueCalls: 0,
      };
      weeks.set(key, week);
    }
    const metrics = metricsOf(row.metrics);
    week.totalCalls += row.totalCalls;
    week.callMinutes += row.callMinutes;
    week.poorQualityCalls += row.poorQuality;
    for (const [column, metric] of Object.entries(FROM_METRICS) as [keyof typeof FROM_METRICS, string][]) {
      week[column] += column === "videoMinutes" ? metrics[metric] ?? 0 : Math.round(metrics[metric] ?? 0);
    }
  }
  // Minutes are summed exactly and rounded once, as the report writes them (one decimal).
  return [...weeks.values()].map((week) => ({ ...week, callMinutes: round1(week.callMinutes), videoMinutes: round1(week.videoMinutes) }));
}
