// What a partner admin reads beside a date is the number of calendar days to it, in the space's
// time zone: today 1 Dec, "expires Dec 2" is 1 day left and "Dec 4" 3, whatever the hour.
import { beforeAll, expect, it } from "vitest";
import { fixedClock } from "../../../domain/clock.js";
import { aboutToExpireSection, analyticsSettings, overLimitSection, type AnalyticsContext, type Viewer } from "../../../domain/analytics/index.js";
import { refreshCustomerRollups } from "../../../domain/analytics/rollups.js";
import { trialsInProgress } from "../../../domain/partner/trialsInProgress.js";
import { describeEachEngine } from "../../support/engines.js";
import { makeCustomer, makeSubscription } from "./factories.js";

const full: Viewer = { email: "fay@partner.example", role: "full", adminId: null };
const all = { page: 1, pageSize: 100 };
const line = { product: "meetings", total: 10, assigned: 12, used: 5 };

describeEachEngine("days left", (getStore) => {
  const ctx = (now: string, timeZone = "UTC"): AnalyticsContext => ({ db: getStore().db, clock: fixedClock(new Date(now)), viewer: full, settings: analyticsSettings({ timeZone }) });

  beforeAll(async () => {
    const db = getStore().db;
    await makeCustomer(db, { id: "org-d", name: "Dec Ltd" });
    await makeSubscription(db, { id: "Sub-dec2", customerId: "org-d", startAt: new Date("2026-01-01T00:00:00Z"), endAt: new Date("2026-12-02T00:00:00Z"), lines: [line] });
    await makeSubscription(db, { id: "Sub-dec4", customerId: "org-d", startAt: new Date("2026-01-01T00:00:00Z"), endAt: new Date("2026-12-04T00:00:00Z"), lines: [line] });
    await makeSubscription(db, { id: "Trial-dec3", customerId: "org-d", type: "trial", startAt: new Date("2026-11-01T00:00:00Z"), endAt: new Date("2026-12-03T00:00:00Z"), lines: [line] });
    await makeSubscription(db, { id: "Sub-jun1", customerId: "org-d", startAt: new Date("2026-01-01T00:00:00Z"), endAt: new Date("2027-06-01T00:00:00Z"), lines: [line] });
    await refreshCustomerRollups(db);
  });

  const daysLeft = async (context: AnalyticsContext) =>
    Object.fromEntries((await aboutToExpireSection(context, { family: "meetings", page: all })).table.rows.map((r) => [r.subscriptionId, r.daysUntilEnd]));

  it("counts 1 and 3 days on 1 Dec, from its first minute to its last", async () => {
    for (const now of ["2026-12-01T00:00:00Z", "2026-12-01T09:30:00Z", "2026-12-01T23:59:00Z"]) {
      expect(await daysLeft(ctx(now)), now).toMatchObject({ "Sub-dec2": 1, "Trial-dec3": 2, "Sub-dec4": 3 });
    }
  });

  it("counts on the space's calendar: in New York an end at 00:00 UTC falls on the evening before", async () => {
    expect(await daysLeft(ctx("2026-12-01T16:00:00Z", "America/New_York"))).toMatchObject({ "Sub-dec2": 0, "Sub-dec4": 2 });
    expect(await daysLeft(ctx("2026-12-01T16:00:00Z", "Asia/Tokyo"))).toMatchObject({ "Sub-dec2": 0, "Sub-dec4": 2 }); // already Dec 2 in Tokyo
    expect(await daysLeft(ctx("2026-12-01T14:59:00Z", "Asia/Tokyo"))).toMatchObject({ "Sub-dec2": 1, "Sub-dec4": 3 }); // 23:59 Dec 1 there
  });

  it("gives trials the same days left", async () => {
    const page = await trialsInProgress(ctx("2026-12-01T21:00:00Z"), { page: all });
    expect(page.rows.find((r) => r.trialId === "Trial-dec3")?.daysLeft).toBe(2);
  });

  it("counts months remaining on the space's calendar", async () => {
    const months = async (context: AnalyticsContext) =>
      (await overLimitSection(context, { family: "meetings", page: all })).table.rows.find((r) => r.subscriptionId === "Sub-jun1")?.monthsRemaining;
    expect(await months(ctx("2026-12-01T12:00:00Z"))).toBe(6);
    expect(await months(ctx("2026-12-01T12:00:00Z", "America/New_York"))).toBe(5);
  });
});
