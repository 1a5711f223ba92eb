// Per-leg media quality end to end: the sandbox's "Calling Media Quality" report of the demo
// partner, dropped as a file, lands through the call-quality import and the seed's rule, and gives
// back exactly the demo's measured weeks; the sandbox's Calling Detailed Usage report lands the
// same calling weeks as the demo wrote.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../domain/clock.js";
import { importReport } from "../../domain/import/index.js";
import { generateDemoPartner, writeDemoPartner } from "../../prisma/seed/index.js";
import { callingUsageCsv, mediaQualityCsv } from "../../bot/sandbox/partner/callingReports.js";
import { freshStore } from "../support/engines.js";

const NOW = new Date("2026-03-04T09:00:00Z");
const WEEK = new Date("2026-02-23T00:00:00Z");
const window = { start: WEEK, end: new Date("2026-03-01T23:59:59Z"), region: "EU" };

describe("the sandbox's calling reports, imported", () => {
  let store: Awaited<ReturnType<typeof freshStore>>;
  const partner = generateDemoPartner({ customers: 40, seed: 3, now: NOW });
  const eu = new Set(partner.customers.filter((c) => c.region === "EU").map((c) => c.id));

  beforeAll(async () => {
    store = await freshStore("sqlite");
    await writeDemoPartner(store.store.db, partner);
  });
  afterAll(async () => { await store?.dispose(); });

  const weekRows = async (table: "callQualityWeek" | "callingWeek") => {
    const rows = await (store.store.db[table] as unknown as { findMany(args: object): Promise<Array<Record<string, unknown>>> })
      .findMany({ where: { weekStart: WEEK, customerId: { in: [...eu] } }, orderBy: { customerId: "asc" } });
    return rows.map((row) => JSON.stringify(row));
  };

  it("turns the per-leg records back into the demo's measured weeks through the poor-quality rule", async () => {
    const written = await weekRows("callQualityWeek");
    expect(written.length).toBeGreaterThan(0);
    await store.store.db.callQualityWeek.deleteMany({ where: { weekStart: WEEK } });
    const csv = mediaQualityCsv(partner, window);
    const outcome = await importReport({ db: store.store.db, bytes: Buffer.from(csv), fileName: "Calling Media Quality_x.csv", actor: "test", source: "cli", clock: fixedClock(NOW) });
    expect(outcome).toMatchObject({ ok: true, kind: "call-quality", records: { created: written.length } });
    expect(await weekRows("callQualityWeek")).toEqual(written);
  });

  it("lands the Calling Detailed Usage report as the same weeks the demo wrote", async () => {
    const written = await weekRows("callingWeek");
    expect(written.length).toBeGreaterThan(0);
    await store.store.db.callingUsage.deleteMany({ where: { periodStart: WEEK, customerId: { in: [...eu] } } });
    await store.store.db.callingWeek.deleteMany({ where: { weekStart: WEEK } });
    const csv = callingUsageCsv(partner, window);
    const outcome = await importReport({ db: store.store.db, bytes: Buffer.from(csv), fileName: "Calling Detailed Usage_x.csv", actor: "test", source: "cli", clock: fixedClock(NOW) });
    expect(outcome).toMatchObject({ ok: true, kind: "calling-usage" });
    expect(await weekRows("callingWeek")).toEqual(written);
  });
});
