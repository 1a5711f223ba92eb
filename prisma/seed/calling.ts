// Webex Calling activity of a customer: call-queue statistics per calendar week, and the
// "Calling detailed usage" report per location, for the last 8 full weeks.
import type { Random } from "./random.js";
import type { DemoCallingUsage, DemoCallQueueWeek } from "./rows.js";
import { addDays } from "./time.js";
import { CITIES } from "./words.js";
import type { Region } from "../../domain/model.js";

/** Full calendar weeks of calling data: the quality trend shows eight. */
export const CALLING_WEEKS = 8;

/** Mondays of the last `CALLING_WEEKS` full weeks before the current week, oldest first. */
export function fullWeeksBefore(currentMonday: Date): Date[] {
  return Array.from({ length: CALLING_WEEKS }, (_, i) => addDays(currentMonday, -7 * (CALLING_WEEKS - i)));
}

const round1 = (value: number) => Math.round(value * 10) / 10;

export function callQueueWeeks(random: Random, customerId: string, callingLicenses: number, weeks: readonly Date[]): DemoCallQueueWeek[] {
  const weeklyCalls = Math.max(20, Math.round(callingLicenses * (0.8 + random.next() * 4)));
  const abandonRate = 0.03 + random.next() * 0.12;
  const answerSeconds = 8 + random.next() * 67;
  const abandonSeconds = 15 + random.next() * 135;
  return weeks.map((weekStart) => {
    const totalCalls = Math.max(5, Math.round(weeklyCalls * (0.8 + random.next() * 0.4)));
    const abandoned = Math.round(totalCalls * abandonRate * (0.8 + random.next() * 0.4));
    const timedOut = Math.round(totalCalls * random.next() * 0.03);
    const overflowed = Math.round(totalCalls * random.next() * 0.04);
    const answered = totalCalls - abandoned - timedOut - overflowed;
    // Transferred calls were answered first, then handed on: a subset of answered.
    const transferred = Math.round(answered * (0.02 + random.next() * 0.08));
    return {
      customerId,
      weekStart,
      totalCalls,
      answered,
      abandoned,
      timedOut,
      overflowed,
      transferred,
      answerWaitSeconds: round1(answered * answerSeconds * (0.85 + random.next() * 0.3)),
      abandonWaitSeconds: round1(abandoned * abandonSeconds * (0.85 + random.next() * 0.3)),
    };
  });
}

function share(total: number, fraction: number): number {
  return Math.round(total * fraction);
}

/** The report's columns other than those the table has its own columns for, by column key. */
function usageMetrics(random: Random, totalCalls: number, callMinutes: number, queue: DemoCallQueueWeek | undefined): Record<string, number> {
  const legs = Math.round(totalCalls * (1.3 + random.next() * 0.6));
  const videoLegs = share(legs, 0.05 + random.next() * 0.2);
  const deskPhone = share(legs, 0.3 + random.next() * 0.3);
  const roomDevice = share(legs, random.next() * 0.08);
  const inbound = share(totalCalls, 0.35 + random.next() * 0.2);
  const internal = share(totalCalls, 0.15 + random.next() * 0.2);
  const international = share(totalCalls, random.next() * 0.05);
  const tollFree = share(totalCalls, random.next() * 0.03);
  const mobile = share(totalCalls, 0.05 + random.next() * 0.1);
  const emergency = random.chance(0.1) ? 1 : 0;
  const shortCode = share(totalCalls, random.next() * 0.01);
  const premium = random.chance(0.05) ? 1 : 0;
  const operatorServices = share(totalCalls, random.next() * 0.005);
  const integratedAudio = share(totalCalls, random.next() * 0.05);
  const spark = share(totalCalls, random.next() * 0.05);
  const known = inbound + internal + international + tollFree + mobile + emergency + shortCode + premium + operatorServices + integratedAudio + spark;
  const unknown = share(totalCalls, random.next() * 0.01);
  // Legs on neither Cisco desk phones nor room devices are mostly Webex App legs; a few are
  // third-party devices ("other devices" in the report).
  const thirdParty = Math.round(Math.max(0, legs - deskPhone - roomDevice) * 0.08);
  // Keys are the import's (domain/import/kinds/callingUsage.ts), so demo rows read like imported ones.
  return {
    totalCallLegs: legs,
    callMinutesVideo: round1(callMinutes * (videoLegs / Math.max(1, legs))),
    callLegsAudio: legs - videoLegs,
    callLegsVideo: videoLegs,
    callLegsDeskPhone: deskPhone,
    callLegsRoomDevice: roomDevice,
    callLegsOtherDevices: thirdParty,
    callsHuntGroup: share(totalCalls, random.next() * 0.06),
    callsAutoAttendant: share(totalCalls, random.next() * 0.1),
    queueTotalCalls: queue?.totalCalls ?? 0,
    queueTimedOut: queue?.timedOut ?? 0,
    queueOverflowed: queue?.overflowed ?? 0,
    queueTransferred: queue?.transferred ?? 0,
    queueAbandoned: queue?.abandoned ?? 0,
    internal,
    tollFree,
    premium,
    integratedAudio,
    national: Math.max(0, totalCalls - known - unknown),
    inbound,
    operatorServices,
    spark,
    shortCode,
    international,
    mobile,
    emergency,
    unknown,
  };
}

export function callingUsage(
  random: Random,
  customerId: string,
  region: Region,
  callingLicenses: number,
  weeks: readonly Date[],
  queueWeeks: readonly DemoCallQueueWeek[],
): DemoCallingUsage[] {
  const locations = random.shuffled(CITIES[region]).slice(0, random.int(1, 3));
  const rows: DemoCallingUsage[] = [];
  locations.forEach((location, index) => {
    // The first location is the head office; it carries the call queues and most of the calls.
    const weight = index === 0 ? 1 : 0.2 + random.next() * 0.4;
    const callsPerWeek = Math.max(3, callingLicenses * (4 + random.next() * 18) * weight);
    weeks.forEach((periodStart, w) => {
      const totalCalls = Math.round(callsPerWeek * (0.85 + random.next() * 0.3));
      const callMinutes = round1(totalCalls * (1.5 + random.next() * 4.5));
      const queue = index === 0 ? queueWeeks[w] : undefined;
      rows.push({
        customerId,
        location,
        periodStart,
        // The report's range ends on the last day of the week; we store the exclusive end.
        periodEnd: addDays(periodStart, 7),
        totalCalls,
        callMinutes,
        poorQuality: Math.round(totalCalls * (0.005 + random.next() * 0.035)),
        metrics: JSON.stringify(usageMetrics(random, totalCalls, callMinutes, queue)),
      });
    });
  });
  return rows;
}
