// Media quality of the demo partner. Per customer and week: the legs measured on each endpoint
// type (about 95 % of the usage report's legs: analog phones and IPv6 endpoints report nothing,
// third-party devices are not measured at all, as the seeds' limitations say) and how many were
// poor, most customers at 0.5-3 %, a few troubled ones far above, app legs worse than desk phones,
// and now and then a bad week. And the per-leg records behind those counts, which the sandbox's
// media quality report serves: importing it gives back the same weeks through the seed's rule.
// Each customer draws from a source of its own, so the rest of the demo partner is unchanged.
import { addDays } from "../../domain/calendar.js";
import { ENDPOINT_TYPES, type EndpointType } from "../../domain/calling/endpoints.js";
import { POOR_QUALITY_THRESHOLDS, type StreamMetrics } from "../../domain/calling/poorQuality.js";
import { noEndpointCounts, type CallQualityWeekRow, type MeasuredLeg } from "../../domain/calling/qualityWeeks.js";
import { seededRandom, type Random } from "./random.js";
import type { DemoCallingUsage } from "./rows.js";

/** FNV-1a: a 32-bit seed from a text, so each customer (and week) has its own source. */
function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

const ENDPOINT_RISK: Record<EndpointType, number> = { desk_phone: 0.7, room_device: 0.5, webex_app: 1.6, other: 1 };

function legsOf(rows: readonly DemoCallingUsage[]): Record<EndpointType, number> {
  const legs = noEndpointCounts();
  for (const row of rows) {
    const m = JSON.parse(row.metrics) as Record<string, number>;
    const desk = m.callLegsDeskPhone ?? 0, room = m.callLegsRoomDevice ?? 0, other = m.callLegsOtherDevices ?? 0;
    legs.desk_phone.legs += desk;
    legs.room_device.legs += room;
    legs.webex_app.legs += Math.max(0, (m.totalCallLegs ?? 0) - desk - room - other);
  }
  return Object.fromEntries(ENDPOINT_TYPES.map((type) => [type, legs[type].legs])) as Record<EndpointType, number>;
}

export function qualityWeeks(customerId: string, usage: readonly DemoCallingUsage[]): CallQualityWeekRow[] {
  const random = seededRandom(seedOf(customerId));
  const base = random.chance(0.08) ? 0.06 + random.next() * 0.08 : 0.005 + random.next() * 0.025;
  const weeks = [...new Set(usage.map((u) => u.periodStart.getTime()))].sort((a, b) => a - b);
  const badWeek = random.chance(0.25) ? random.int(0, weeks.length - 1) : -1;
  return weeks.map((time, index) => {
    const usageLegs = legsOf(usage.filter((u) => u.periodStart.getTime() === time));
    const rate = base * (index === badWeek ? 2.5 : 1) * (0.8 + random.next() * 0.4);
    const endpoints = noEndpointCounts();
    for (const type of ENDPOINT_TYPES) {
      const legs = Math.round(usageLegs[type] * (0.93 + random.next() * 0.06));
      endpoints[type] = { legs, poor: Math.min(legs, Math.round(legs * rate * ENDPOINT_RISK[type])) };
    }
    const legs = ENDPOINT_TYPES.reduce((sum, type) => sum + endpoints[type].legs, 0);
    const poorLegs = ENDPOINT_TYPES.reduce((sum, type) => sum + endpoints[type].poor, 0);
    return { customerId, weekStart: new Date(time), legs, poorLegs, endpoints };
  });
}

const within = (random: Random, limit: number, low: number) => Math.round((low + random.next() * (limit * 0.8 - low)) * 10) / 10;

function goodStream(random: Random): StreamMetrics {
  const t = POOR_QUALITY_THRESHOLDS;
  return { jitterMs: within(random, t.jitterMs, 2), latencyMs: within(random, t.latencyMs, 20), packetLossPercent: within(random, t.packetLossPercent, 0) };
}

/** A stream with one figure over its threshold: which one varies, as on real networks. */
function poorStream(random: Random): StreamMetrics {
  const t = POOR_QUALITY_THRESHOLDS;
  const stream = goodStream(random);
  const over = random.int(0, 2);
  if (over === 0) stream.jitterMs = Math.round(t.jitterMs * (1.05 + random.next()));
  else if (over === 1) stream.latencyMs = Math.round(t.latencyMs * (1.05 + random.next()));
  else stream.packetLossPercent = Math.round(t.packetLossPercent * (1.1 + random.next() * 3) * 10) / 10;
  return stream;
}

/** The per-leg records of one customer's week: `legs` per endpoint, the first `poor` of them poor. */
export function* callLegs(week: CallQualityWeekRow): Generator<MeasuredLeg> {
  const random = seededRandom(seedOf(`${week.customerId}|${week.weekStart.toISOString()}`));
  for (const endpoint of ENDPOINT_TYPES) {
    const { legs, poor } = week.endpoints[endpoint];
    for (let i = 0; i < legs; i++) {
      // Whole seconds within the week, as the records write them.
      const startTime = new Date(Math.floor(addDays(week.weekStart, random.next() * 7).getTime() / 1000) * 1000);
      const video = endpoint === "room_device" || random.chance(0.1) ? goodStream(random) : null;
      yield { customerId: week.customerId, startTime, endpoint, audio: i < poor ? poorStream(random) : goodStream(random), video };
    }
  }
}
