// The calling rules as pure functions over plain rows: the seed's poor-quality rule, the week
// boundaries, and how report rows and per-leg records become weeks.
import { describe, expect, it } from "vitest";
import { isMeasured, isPoorLeg, type LegMetrics } from "../../domain/calling/poorQuality.js";
import { lastCompleteWeek, weekOfPeriod, weeksEndingWith } from "../../domain/calling/weeks.js";
import { callingWeeksOf } from "../../domain/calling/callingWeeks.js";
import { qualityWeeksOf } from "../../domain/calling/qualityWeeks.js";
import { endpointOf } from "../../domain/calling/endpoints.js";

const audio = (jitterMs: number | null, latencyMs: number | null, packetLossPercent: number | null): LegMetrics =>
  ({ audio: { jitterMs, latencyMs, packetLossPercent }, video: null });

describe("the poor-quality rule", () => {
  it("calls a leg poor above any one threshold, not at it", () => {
    expect(isPoorLeg(audio(150, 400, 5))).toBe(false);
    expect(isPoorLeg(audio(150.1, 10, 0))).toBe(true);
    expect(isPoorLeg(audio(10, 400.5, 0))).toBe(true);
    expect(isPoorLeg(audio(10, 10, 5.1))).toBe(true);
  });

  it("looks at the video stream too, and leaves legs without figures unmeasured", () => {
    expect(isPoorLeg({ audio: { jitterMs: 5, latencyMs: 50, packetLossPercent: 0 }, video: { jitterMs: 200, latencyMs: null, packetLossPercent: null } })).toBe(true);
    const analog = { audio: { jitterMs: null, latencyMs: null, packetLossPercent: null }, video: null };
    expect([isMeasured(analog), isPoorLeg(analog)]).toEqual([false, false]);
  });
});

describe("calling weeks", () => {
  it("reads the last complete Monday-to-Sunday week, whatever the day", () => {
    expect(lastCompleteWeek(new Date("2026-03-08T23:59:59Z"))).toEqual(new Date("2026-02-23T00:00:00Z"));
    expect(lastCompleteWeek(new Date("2026-03-09T00:00:00Z"))).toEqual(new Date("2026-03-02T00:00:00Z"));
    expect(weeksEndingWith(new Date("2026-03-04T12:00:00Z"), 3)).toEqual(["2026-02-16", "2026-02-23", "2026-03-02"].map((d) => new Date(`${d}T00:00:00Z`)));
  });

  it("puts a report row in the week of its period only when the period stays in that week", () => {
    const monday = new Date("2026-03-02T00:00:00Z");
    expect(weekOfPeriod(monday, new Date("2026-03-09T00:00:00Z"))).toEqual(monday);
    expect(weekOfPeriod(new Date("2026-03-04T00:00:00Z"), new Date("2026-03-08T23:59:59Z"))).toEqual(monday);
    expect(weekOfPeriod(monday, new Date("2026-03-31T00:00:00Z"))).toBeNull();
  });

  it("sums a customer's locations into its week and skips a monthly row", () => {
    const metrics = (legs: number, desk: number, hunt: number, queue: number) => JSON.stringify({ totalCallLegs: legs, callLegsDeskPhone: desk, callsHuntGroup: hunt, queueTotalCalls: queue, callMinutesVideo: 1.25 });
    const week = new Date("2026-03-02T00:00:00Z");
    const weeks = callingWeeksOf([
      { customerId: "a", periodStart: week, periodEnd: new Date("2026-03-09T00:00:00Z"), totalCalls: 10, callMinutes: 20.5, poorQuality: 1, metrics: metrics(15, 5, 2, 3) },
      { customerId: "a", periodStart: week, periodEnd: new Date("2026-03-09T00:00:00Z"), totalCalls: 4, callMinutes: 1, poorQuality: 0, metrics: metrics(6, 1, 0, 0) },
      { customerId: "a", periodStart: week, periodEnd: new Date("2026-04-01T00:00:00Z"), totalCalls: 99, callMinutes: 99, poorQuality: 9, metrics: metrics(99, 9, 9, 9) },
    ]);
    expect(weeks).toEqual([{
      customerId: "a", weekStart: week, totalCalls: 14, callLegs: 21, callMinutes: 21.5, videoMinutes: 2.5, poorQualityCalls: 1,
      legsDeskPhone: 6, legsRoomDevice: 0, legsOtherDevices: 0, huntGroupCalls: 2, autoAttendantCalls: 0, callQueueCalls: 3,
    }]);
  });

  it("counts measured legs per endpoint type and week, poor ones by the rule", () => {
    const at = (day: string) => new Date(`2026-03-0${day}T10:00:00Z`);
    const weeks = qualityWeeksOf([
      { customerId: "a", startTime: at("2"), endpoint: "desk_phone", ...audio(10, 10, 0) },
      { customerId: "a", startTime: at("8"), endpoint: "desk_phone", ...audio(300, 10, 0) },
      { customerId: "a", startTime: at("3"), endpoint: "webex_app", ...audio(10, 10, 6) },
      { customerId: "a", startTime: at("3"), endpoint: "other", ...audio(null, null, null) },
      { customerId: "a", startTime: at("9"), endpoint: "room_device", ...audio(10, 10, 0) },
    ]);
    expect(weeks.map((w) => [w.weekStart.toISOString().slice(0, 10), w.legs, w.poorLegs, w.endpoints.desk_phone, w.endpoints.webex_app, w.endpoints.other])).toEqual([
      ["2026-03-02", 3, 2, { legs: 2, poor: 1 }, { legs: 1, poor: 1 }, { legs: 0, poor: 0 }],
      ["2026-03-09", 1, 0, { legs: 0, poor: 0 }, { legs: 0, poor: 0 }, { legs: 0, poor: 0 }],
    ]);
  });

  it("names endpoint types from the words media quality records use", () => {
    expect(["Cisco IP Phone 8845", "Desk phone", "Webex App for iPhone", "Webex App", "Room Kit Pro", "Board 55", "Yealink T54W", null].map(endpointOf))
      .toEqual(["desk_phone", "desk_phone", "webex_app", "webex_app", "room_device", "room_device", "other", "other"]);
  });
});
