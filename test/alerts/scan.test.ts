// The alert scan on a real store (SQLite and PostgreSQL): each subscription is warned once per
// threshold it reaches, a renewed one again for its new end date, overage and suspension once
// ever, and a space hears only about its region and its audience's customers.
import { beforeAll, describe, expect, it } from "vitest";
import { describeEachEngine } from "../support/engines.js";
import { crossedThreshold, storedThresholds, thresholdsSchema } from "../../domain/alerts/thresholds.js";
import { recordAlerts, scanAlerts, type AlertScope } from "../../domain/alerts/scan.js";
import { spaceAudience } from "../../domain/alerts/audience.js";
import { refreshCustomerRollups } from "../../domain/analytics/rollups.js";
import type { Viewer } from "../../domain/analytics/filter.js";
import type { Db } from "../../domain/store/client.js";
import { daysFrom, makeAdmin, makeCustomer, makeSubscription } from "../domain/analytics/factories.js";

const NOW = new Date("2026-11-23T09:00:00Z");
const PARTNER: Viewer = { email: "alerts@partner", role: "readonly", adminId: null };

describe("thresholds", () => {
  it("reads 60, 14, 3 from what people type, largest first, and says what is wrong otherwise", () => {
    expect(thresholdsSchema.parse(" 3,60 ,14,14")).toEqual([60, 14, 3]);
    // Messages are catalogue keys: the router says them in the space's language.
    expect(thresholdsSchema.safeParse("60,two").error?.issues[0]?.message).toBe("commandArg.thresholds");
    expect(thresholdsSchema.safeParse("0").error?.issues[0]?.message).toBe("commandArg.thresholdRange");
    expect(thresholdsSchema.safeParse("1,2,3,4,5,6,7,8,9,10,11").error?.issues[0]?.message).toBe("commandArg.thresholdCount");
    expect(storedThresholds("garbage")).toEqual([90, 30, 7, 1]);
  });

  it("picks the smallest threshold a subscription has reached", () => {
    expect(crossedThreshold([90, 30, 7, 1], 91)).toBeUndefined();
    expect(crossedThreshold([90, 30, 7, 1], 90)).toBe(90);
    expect(crossedThreshold([90, 30, 7, 1], 8)).toBe(30);
    expect(crossedThreshold([90, 30, 7, 1], 0)).toBe(1);
  });
});

async function scanAndRecord(db: Db, scope: AlertScope) {
  const findings = await scanAlerts(db, scope);
  await recordAlerts(db, scope.spaceId, findings, scope.now);
  return findings;
}

describeEachEngine("alert scan", (getStore) => {
  const scope = (over: Partial<AlertScope> = {}): AlertScope => ({ spaceId: "space-1", now: NOW, thresholds: [90, 30, 7, 1], viewer: PARTNER, filter: {}, timeZone: "UTC", ...over });
  let salesId = 0;

  beforeAll(async () => {
    const { db } = getStore();
    await makeCustomer(db, { id: "c-eu", name: "Euro AG", region: "EU" });
    await makeCustomer(db, { id: "c-us", name: "Yankee Inc", region: "US" });
    await makeSubscription(db, { id: "s-8", customerId: "c-eu", startAt: daysFrom(NOW, -300), endAt: daysFrom(NOW, 8.5) });
    await makeSubscription(db, { id: "t-2", customerId: "c-us", type: "trial", startAt: daysFrom(NOW, -28), endAt: daysFrom(NOW, 2.5) });
    await makeSubscription(db, { id: "s-renew", customerId: "c-us", startAt: daysFrom(NOW, -300), endAt: daysFrom(NOW, 5), autoRenew: true });
    await makeSubscription(db, { id: "s-far", customerId: "c-us", startAt: daysFrom(NOW, -300), endAt: daysFrom(NOW, 200) });
    await makeSubscription(db, { id: "s-over", customerId: "c-eu", startAt: daysFrom(NOW, -300), endAt: daysFrom(NOW, 300), lines: [{ product: "meetings", total: 10, assigned: 13, used: 2 }] });
    await makeSubscription(db, { id: "s-susp", customerId: "c-us", status: "suspended", startAt: daysFrom(NOW, -300), endAt: daysFrom(NOW, 100) });
    await refreshCustomerRollups(db);
    salesId = await makeAdmin(db, "eli@partner.example", "sales", ["c-eu"]);
  });

  it("warns about what reached a threshold, new overage and suspension, not auto-renewals or far ends", async () => {
    const findings = await scanAlerts(getStore().db, scope());
    expect(findings.expiring.map((f) => [f.subscriptionId, f.threshold, f.daysLeft, f.type])).toEqual([["t-2", 7, 2, "trial"], ["s-8", 30, 8, "subscription"]]);
    expect(findings.overages).toEqual([expect.objectContaining({ subscriptionId: "s-over", overage: 3, customerName: "Euro AG" })]);
    expect(findings.suspended).toEqual([{ subjectId: "c-us", customerName: "Yankee Inc", region: "US" }]);
  });

  it("says each thing once per space, then again only when a smaller threshold is reached", async () => {
    const db = getStore().db;
    const first = await scanAndRecord(db, scope({ spaceId: "space-once" }));
    expect(first.expiring).toHaveLength(2);
    const again = await scanAlerts(db, scope({ spaceId: "space-once", now: daysFrom(NOW, 0.5) }));
    expect(again).toEqual({ expiring: [], overages: [], suspended: [] });
    const later = await scanAlerts(db, scope({ spaceId: "space-once", now: daysFrom(NOW, 1.6) }));
    expect(later.expiring.map((f) => [f.subscriptionId, f.threshold])).toEqual([["t-2", 1], ["s-8", 7]]);
    const otherSpace = await scanAlerts(db, scope({ spaceId: "space-other" }));
    expect(otherSpace.expiring).toHaveLength(2);
  });

  it("warns again about a renewed subscription as it nears its new end date", async () => {
    const db = getStore().db;
    await makeCustomer(db, { id: "c-ren", name: "Renewed Ltd", region: "CA" });
    await makeSubscription(db, { id: "s-ren", customerId: "c-ren", startAt: daysFrom(NOW, -300), endAt: daysFrom(NOW, 20) });
    const only = scope({ spaceId: "space-ren", filter: { region: "CA" } });
    expect((await scanAndRecord(db, only)).expiring.map((f) => f.threshold)).toEqual([30]);
    await db.subscription.update({ where: { id: "s-ren" }, data: { endAt: daysFrom(NOW, 385) } });
    const renewedLater = daysFrom(NOW, 300);
    expect((await scanAlerts(db, { ...only, now: renewedLater })).expiring.map((f) => [f.subscriptionId, f.threshold])).toEqual([["s-ren", 90]]);
  });

  it("counts a threshold in calendar days of the space's time zone, at both sides of its midnight", async () => {
    const db = getStore().db;
    await makeCustomer(db, { id: "c-cal", name: "Calendar SA", region: "UAE" });
    // Stored at 00:00 UTC of Dec 1: Dec 1 in UTC, still Nov 30 in Los Angeles. Now is Nov 23 09:00 UTC (01:00 in LA).
    await makeSubscription(db, { id: "s-cal", customerId: "c-cal", startAt: daysFrom(NOW, -300), endAt: new Date("2026-12-01T00:00:00Z") });
    const only = (timeZone: string, now = NOW) => scope({ spaceId: `space-cal-${timeZone}`, filter: { region: "UAE" }, timeZone, now });
    const found = async (timeZone: string, now?: Date) => (await scanAlerts(db, only(timeZone, now))).expiring.map((f) => [f.daysLeft, f.threshold]);
    expect(await found("UTC")).toEqual([[8, 30]]);
    expect(await found("America/Los_Angeles")).toEqual([[7, 7]]);
    // One minute before and after midnight in Madrid on Nov 23/24 (23:00 UTC).
    expect(await found("Europe/Madrid", new Date("2026-11-23T22:59:00Z"))).toEqual([[8, 30]]);
    expect(await found("Europe/Madrid", new Date("2026-11-23T23:00:00Z"))).toEqual([[7, 7]]);
  });

  it("narrows to the space's region and to a sales audience's customers", async () => {
    const db = getStore().db;
    const eu = await scanAlerts(db, scope({ spaceId: "space-eu", filter: { region: "EU" } }));
    expect(eu.expiring.map((f) => f.subscriptionId)).toEqual(["s-8"]);
    expect(eu.suspended).toEqual([]);
    const sales = await scanAlerts(db, scope({ spaceId: "space-sales", viewer: { email: "eli@partner.example", role: "sales", adminId: salesId } }));
    expect(sales.expiring.map((f) => f.subscriptionId)).toEqual(["s-8"]);
    expect(sales.overages.map((f) => f.subscriptionId)).toEqual(["s-over"]);
  });

  it("gives a direct space alerts only once its owner is known, and a group space the partner unless a sales admin enabled it", async () => {
    const db = getStore().db;
    expect(await spaceAudience(db, { type: "direct", enabledBy: null, region: "all" })).toBeUndefined();
    expect(await spaceAudience(db, { type: "direct", enabledBy: "eli@partner.example", region: "EU" })).toEqual({ viewer: { adminId: salesId, email: "eli@partner.example", role: "sales" }, filter: { region: "EU" } });
    expect((await spaceAudience(db, { type: "group", enabledBy: "demo", region: "all" }))?.viewer.role).toBe("readonly");
    expect((await spaceAudience(db, { type: "group", enabledBy: "eli@partner.example", region: "all" }))?.viewer.role).toBe("sales");
  });
});
