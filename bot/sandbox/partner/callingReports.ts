// The calling reports the Partner Reports API would produce for a demo partner, as CSV with a BOM:
// "Calling Detailed Usage" (one row per customer location and week, in the import's columns) and
// "Calling Media Quality" (one row per measured call leg, the records behind the demo's quality
// weeks), for the weeks that start in [start, end] and the customers of `region` (all when null).
import type { DemoPartner } from "../../../prisma/seed/index.js";
import { callLegs } from "../../../prisma/seed/quality.js";
import { callingUsageColumns } from "../../../domain/import/kinds/callingUsage.js";
import { CALL_QUALITY_HEADER } from "../../../domain/import/kinds/callQuality.js";
import type { EndpointType } from "../../../domain/calling/endpoints.js";

const cell = (value: unknown): string => {
  const text = value === null || value === undefined ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};
const day = (date: Date): string => date.toISOString().slice(0, 10);
const csv = (rows: unknown[][]): string => `\ufeff${rows.map((row) => row.map(cell).join(",")).join("\r\n")}\r\n`;

export interface ReportWindow { start: Date; end: Date; region: string | null }

function customersOf(partner: DemoPartner, region: string | null): Map<string, string> {
  return new Map(partner.customers.filter((c) => !region || c.region === region).map((c) => [c.id, c.name]));
}

const within = (at: Date, window: ReportWindow) => at >= window.start && at <= window.end;

export function callingUsageCsv(partner: DemoPartner, window: ReportWindow): string {
  const customers = customersOf(partner, window.region);
  const header = callingUsageColumns.map((column) => column.headers[0]!);
  const rows = partner.callingUsage.filter((u) => customers.has(u.customerId) && within(u.periodStart, window)).map((u) => {
    const metrics = JSON.parse(u.metrics) as Record<string, number>;
    const fields: Record<string, unknown> = {
      customerName: customers.get(u.customerId), orgId: u.customerId, location: u.location, totalCalls: u.totalCalls, poorQuality: u.poorQuality,
      // The report's range ends on the week's Sunday; the store keeps the exclusive end.
      callMinutes: u.callMinutes, periodStart: day(u.periodStart), periodEnd: day(new Date(u.periodEnd.getTime() - 86_400_000)), ...metrics,
    };
    return callingUsageColumns.map((column) => fields[column.key]);
  });
  return csv([header, ...rows]);
}

const ENDPOINT_WORDS: Record<EndpointType, string> = { desk_phone: "Desk phone", room_device: "Room device", webex_app: "Webex App", other: "Other" };

export function mediaQualityCsv(partner: DemoPartner, window: ReportWindow): string {
  const customers = customersOf(partner, window.region);
  const rows: unknown[][] = [[...CALL_QUALITY_HEADER]];
  for (const week of partner.callQualityWeeks) {
    if (!customers.has(week.customerId) || !within(week.weekStart, window)) continue;
    for (const leg of callLegs(week)) {
      rows.push([
        customers.get(leg.customerId), leg.customerId, leg.startTime.toISOString(), ENDPOINT_WORDS[leg.endpoint],
        leg.audio?.jitterMs, leg.audio?.latencyMs, leg.audio?.packetLossPercent, leg.video?.jitterMs, leg.video?.latencyMs, leg.video?.packetLossPercent,
      ]);
    }
  }
  return csv(rows);
}
