// Customer detail lists what is in force first, soonest end first, and what ended after it,
// the most recently ended first: a 2023 expiry never sits above this month's renewal.
import { expect, it } from "vitest";
import { rankContracts } from "../../../domain/analytics/customerDetail.js";

const at = (day: string | null) => (day ? new Date(`${day}T00:00:00Z`) : null);

it("puts current contracts first by soonest end (undated last), then ended ones newest first", () => {
  const ranked = rankContracts([
    { id: "ended-2023", current: false, endAt: at("2023-05-01") },
    { id: "renews-2027", current: true, endAt: at("2027-06-11") },
    { id: "undated", current: true, endAt: at(null) },
    { id: "ended-2026", current: false, endAt: at("2026-10-01") },
    { id: "ends-dec", current: true, endAt: at("2026-12-13") },
  ]);
  expect(ranked.map((c) => c.id)).toEqual(["ends-dec", "renews-2027", "undated", "ended-2026", "ended-2023"]);
});
