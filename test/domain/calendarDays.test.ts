// Days left are calendar days in the space's time zone: on both sides of midnight, across a
// DST change, and the same count the date on the card implies.
import { describe, expect, it } from "vitest";
import { calendarDaysBetween, calendarMonthsBetween, endOfDayAfter } from "../../domain/calendarDays.js";

const at = (iso: string) => new Date(iso);

describe("calendar days left", () => {
  it("counts an expiry stored at 00:00 UTC of Dec 2 as 1 day left all through Dec 1 in UTC", () => {
    const end = at("2026-12-02T00:00:00Z");
    expect(calendarDaysBetween(at("2026-12-01T00:00:00Z"), end, "UTC")).toBe(1);
    expect(calendarDaysBetween(at("2026-12-01T09:30:00Z"), end, "UTC")).toBe(1);
    expect(calendarDaysBetween(at("2026-12-01T23:59:00Z"), end, "UTC")).toBe(1);
    expect(calendarDaysBetween(at("2026-12-04T00:00:00Z"), at("2026-12-04T00:00:00Z"), "UTC")).toBe(0);
    expect(calendarDaysBetween(at("2026-12-01T12:00:00Z"), at("2026-12-04T00:00:00Z"), "UTC")).toBe(3);
  });

  it("turns over at the space's midnight, not UTC's", () => {
    const end = at("2026-12-10T12:00:00Z"); // Dec 10 in Madrid and in New York
    expect(calendarDaysBetween(at("2026-12-01T22:59:00Z"), end, "Europe/Madrid")).toBe(9); // 23:59 Dec 1 in Madrid
    expect(calendarDaysBetween(at("2026-12-01T23:00:00Z"), end, "Europe/Madrid")).toBe(8); // 00:00 Dec 2 in Madrid
    expect(calendarDaysBetween(at("2026-12-02T04:59:00Z"), end, "America/New_York")).toBe(9); // 23:59 Dec 1 in New York
    expect(calendarDaysBetween(at("2026-12-02T05:00:00Z"), end, "America/New_York")).toBe(8);
  });

  it("counts whole days across a DST change, where a day has 23 or 25 hours", () => {
    // Europe/Madrid springs forward on 2026-03-29 and falls back on 2026-10-25.
    // 00:30 on Mar 29 to 00:30 on Mar 30 is 23 hours, and one calendar day.
    expect(calendarDaysBetween(at("2026-03-28T23:30:00Z"), at("2026-03-29T22:30:00Z"), "Europe/Madrid")).toBe(1);
    expect(calendarDaysBetween(at("2026-03-28T12:00:00Z"), at("2026-03-30T12:00:00Z"), "Europe/Madrid")).toBe(2);
    expect(calendarDaysBetween(at("2026-10-24T22:30:00Z"), at("2026-10-25T23:30:00Z"), "Europe/Madrid")).toBe(1);
    // 47 hours that span the fall-back night still cover two calendar days.
    expect(calendarDaysBetween(at("2026-10-24T00:30:00Z"), at("2026-10-25T23:30:00Z"), "Europe/Madrid")).toBe(2);
  });

  it("ends a window at the end of the last calendar day in the space's time zone", () => {
    expect(endOfDayAfter(at("2026-12-01T15:00:00Z"), 7, "UTC").toISOString()).toBe("2026-12-09T00:00:00.000Z");
    expect(endOfDayAfter(at("2026-12-01T15:00:00Z"), 7, "Europe/Madrid").toISOString()).toBe("2026-12-08T23:00:00.000Z");
    // Across the spring-forward change the day that ends is 23 hours long.
    expect(endOfDayAfter(at("2026-03-28T12:00:00Z"), 1, "Europe/Madrid").toISOString()).toBe("2026-03-29T22:00:00.000Z");
  });

  it("counts whole calendar months by the day of the month", () => {
    expect(calendarMonthsBetween(at("2026-01-15T10:00:00Z"), at("2026-02-15T00:00:00Z"), "UTC")).toBe(1);
    expect(calendarMonthsBetween(at("2026-01-31T10:00:00Z"), at("2026-02-28T00:00:00Z"), "UTC")).toBe(0);
    expect(calendarMonthsBetween(at("2026-12-01T10:00:00Z"), at("2027-06-01T00:00:00Z"), "UTC")).toBe(6);
    // 00:00 UTC on Jun 1 is still May 31 in New York: five whole months from Dec 1 there.
    expect(calendarMonthsBetween(at("2026-12-01T17:00:00Z"), at("2027-06-01T00:00:00Z"), "America/New_York")).toBe(5);
    expect(calendarMonthsBetween(at("2027-06-01T00:00:00Z"), at("2026-12-01T00:00:00Z"), "UTC")).toBe(0);
  });
});
