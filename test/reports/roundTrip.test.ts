// The Subscription details report survives its own import: the bot writes Partner Hub's values
// and meanings (status Active or Expired; Available = licenses provisioned) and reads them back
// the same. Property over the whole demo partner: export, import into an empty store, export
// again, and the rows are the same, the calculation date aside.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeReportCsv } from "../../domain/reports/csvReport.js";
import { importReport } from "../../domain/import/index.js";
import { fixedClock } from "../../domain/clock.js";
import { seedIfEmpty, DEFAULT_DEMO_OPTIONS } from "../../prisma/seed/index.js";
import type { Store } from "../../domain/store/client.js";
import { freshStore } from "../support/engines.js";
import { parseCsv } from "./parseCsv.js";
import { FULL, NOW, template } from "./support.js";

async function exported(store: Store): Promise<string> {
  let text = "";
  await writeReportCsv(template("subscriptions"), { db: store.db, now: NOW, viewer: FULL, filter: {}, family: "meetings" }, (chunk) => { text += chunk; });
  return text;
}

describe("Subscription details round trip", () => {
  let source: Awaited<ReturnType<typeof freshStore>>;
  let target: Awaited<ReturnType<typeof freshStore>>;
  let first: string;

  beforeAll(async () => {
    [source, target] = await Promise.all([freshStore("sqlite"), freshStore("sqlite")]);
    await seedIfEmpty(source.store.db, { customers: DEFAULT_DEMO_OPTIONS.customers, now: NOW });
    first = await exported(source.store);
  }, 120_000);
  afterAll(async () => { await source?.dispose(); await target?.dispose(); });

  it("writes only Partner Hub's statuses and the bought licenses as Available", () => {
    const [header, ...rows] = parseCsv(first);
    const status = header!.indexOf("Subscription Status");
    expect(new Set(rows.map((r) => r[status]))).toEqual(new Set(["Active", "Expired"]));
    expect(header).toContain("Calling Professional License (Available)");
  });

  it("is read back by the import, all of it, and exported again with the same rows", async () => {
    const outcome = await importReport({
      db: target.store.db, bytes: Buffer.from(first, "utf8"), fileName: "Subscription details_roundtrip_2026-11-23.csv",
      actor: "cli:test", source: "cli", clock: fixedClock(NOW),
    });
    expect(outcome.ok, JSON.stringify(outcome)).toBe(true);
    const again = await exported(target.store);
    const withoutDate = (text: string) => parseCsv(text).map((row) => row.slice(1));
    const [before, after] = [withoutDate(first), withoutDate(again)];
    expect(after.length).toBe(before.length);
    expect(after).toEqual(before);
  }, 120_000);

  it("keeps a subscription's bought licenses: Sub-100006's Calling Professional total", async () => {
    const line = await target.store.db.licenseLine.findFirst({ where: { subscriptionId: "Sub-100006", product: "calling_professional" } });
    const original = await source.store.db.licenseLine.findFirst({ where: { subscriptionId: "Sub-100006", product: "calling_professional" } });
    expect(original?.total).toBeGreaterThan(0);
    expect(line?.total).toBe(original!.total);
  });
});
