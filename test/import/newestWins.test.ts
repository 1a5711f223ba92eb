// Newest wins: figures come from the report calculated last, whatever order files arrive in;
// an older report only fills in what the store lacks (rows it never saw, earlier first-seen
// dates). Regions come from the data.
import { expect, it } from "vitest";
import { fixedClock } from "../../domain/clock.js";
import { importReport, type ImportOutcome } from "../../domain/import/index.js";
import { translate } from "../../domain/i18n/catalogue.js";
import { importResultCard } from "../../cards/importResult.js";
import type { Db } from "../../domain/store/client.js";
import { describeEachEngine } from "../support/engines.js";
import { fixture, makeOrgId } from "./support.js";
import { SUBSCRIPTION_DETAILS_HEADER } from "../../domain/import/kinds/subscriptionDetails.js";

const clock = fixedClock("2026-11-28T10:00:00Z");
const ACME = "6f1c3a52-8d2e-4b7a-9c11-2f5e8a9b0c01";
const OLDER = "subscription-details-bom-crlf.csv"; // calculated 2026-11-20
const NEWER = "subscription-details-newer.csv"; // calculated 2026-11-27

function landed(outcome: ImportOutcome) {
  if (!outcome.ok) throw new Error(`refused: ${outcome.refusal} ${JSON.stringify(outcome.problems)}`);
  return outcome;
}

const line = (db: Db, subscriptionId: string, product: string) =>
  db.licenseLine.findUniqueOrThrow({ where: { subscriptionId_product: { subscriptionId, product } } });

describeEachEngine("an older report imported after a newer one", (getStore) => {
  const run = (file: string, bytes = fixture(file)) => importReport({ db: getStore().db, bytes, fileName: file, actor: "ana", source: "space", clock });

  it("keeps the newer figures, fills in what the store lacked, and says so", async () => {
    landed(await run(NEWER));
    const outcome = landed(await run(OLDER));
    const db = getStore().db;
    // Sub-100001 and Trial-77 are in both reports: the figures of 2026-11-27 stay.
    expect(await line(db, "Sub-100001", "meetings")).toMatchObject({ total: 100, assigned: 99, used: 70 });
    expect(await line(db, "Sub-100001", "calling_professional")).toMatchObject({ total: 50, assigned: 55, used: 41 });
    expect(await db.customer.findUniqueOrThrow({ where: { id: ACME } })).toMatchObject({ totalUsers: 125, verifiedUsers: 120 });
    expect((await db.subscription.findUniqueOrThrow({ where: { id: "Sub-100001" } })).asOf).toEqual(new Date("2026-11-27T00:00:00Z"));
    // Borealis is only in the older report: the store lacked it, so it is filled in.
    expect(await db.subscription.findUniqueOrThrow({ where: { id: "Sub-100002" } })).toMatchObject({ status: "expired", asOf: new Date("2026-11-20T00:00:00Z") });
    // What it does add to what the store knew: Acme and its two subscriptions were there a week earlier.
    expect((await db.subscription.findUniqueOrThrow({ where: { id: "Sub-100001" } })).startAt).toEqual(new Date("2026-11-20T00:00:00Z"));
    expect((await db.customer.findUniqueOrThrow({ where: { id: ACME } })).addedAt).toEqual(new Date("2026-11-20T00:00:00Z"));
    expect(outcome).toMatchObject({ keptNewer: 2, subscriptions: { created: 2, updated: 2, unchanged: 0 }, customers: { created: 2, updated: 1, unchanged: 0 } });
    if (getStore().engine === "postgres") {
      // The staged rows' tables and the landing's views are gone once each import ends.
      const left = await db.$queryRawUnsafe<Array<{ name: string }>>(`SELECT relname::text AS name FROM pg_class WHERE (relname LIKE 'import\\_rows%' OR relname LIKE 'import\\_lines%') AND relkind IN ('r', 'v')`);
      expect(left).toEqual([]);
    }
    const text = importResultCard(outcome, (key, params) => translate("en", key, params)).text;
    expect(text).toContain("The store already held figures from a newer report for 2 subscriptions: they were kept, and this older file only filled in what was missing.");
    expect(text).not.toContain("Nothing changed");
  });

  it("lets a report of the same calculation date correct the figures", async () => {
    const corrected = fixture(NEWER).toString("utf8").replace("100,99,70", "100,98,70");
    landed(await run(NEWER, Buffer.from(corrected)));
    expect(await line(getStore().db, "Sub-100001", "meetings")).toMatchObject({ assigned: 98 });
  });
});

describeEachEngine("a newer report imported after an older one", (getStore) => {
  const run = (file: string) => importReport({ db: getStore().db, bytes: fixture(file), fileName: file, actor: "ana", source: "space", clock });

  it("updates the figures and moves their date forward", async () => {
    landed(await run(OLDER));
    const outcome = landed(await run(NEWER));
    expect(outcome.keptNewer).toBeUndefined();
    const db = getStore().db;
    expect(await line(db, "Sub-100001", "meetings")).toMatchObject({ total: 100, assigned: 99, used: 70 });
    expect((await db.customer.findUniqueOrThrow({ where: { id: ACME } })).asOf).toEqual(new Date("2026-11-27T00:00:00Z"));
    expect((await db.subscription.findUniqueOrThrow({ where: { id: "Trial-77" } })).asOf).toEqual(new Date("2026-11-27T00:00:00Z"));
  });
});

describeEachEngine("regions from the data", (getStore) => {
  const header = [...SUBSCRIPTION_DETAILS_HEADER, "Region"].join(",");
  const csv = (date: string, rows: Array<[orgId: string, name: string, subscriptionId: string, region: string]>) =>
    Buffer.from([header, ...rows.map(([orgId, name, sub, region]) => `${date},${name},${orgId},Active,${sub},Named User,10,9,No,2027-01-31,10,5,2,,,,,,,${region}`)].join("\n"));
  const run = (bytes: Buffer, region?: string) => importReport({ db: getStore().db, bytes, fileName: "regions.csv", actor: "ana", source: "cli", clock, region });
  const eu = makeOrgId();
  const uae = makeOrgId();
  const unsaid = makeOrgId();

  it("puts each new customer in the region its row names, in any guide's spelling, and the rest in the importer's", async () => {
    landed(await run(csv("2026-11-20", [[eu, "Berlin GmbH", "Sub-R1", "UE"], [uae, "Dubai LLC", "Sub-R2", "VAE"], [unsaid, "Somewhere Inc", "Sub-R3", ""]]), "CA"));
    const region = async (id: string) => (await getStore().db.customer.findUniqueOrThrow({ where: { id } })).region;
    expect([await region(eu), await region(uae), await region(unsaid)]).toEqual(["EU", "UAE", "CA"]);
  });

  it("moves a customer when a report that is not older names another region, never when an older one does", async () => {
    landed(await run(csv("2026-11-27", [[unsaid, "Somewhere Inc", "Sub-R3", "EU"]])));
    landed(await run(csv("2026-11-21", [[unsaid, "Somewhere Inc", "Sub-R3", "US"]])));
    expect((await getStore().db.customer.findUniqueOrThrow({ where: { id: unsaid } })).region).toBe("EU");
  });

  it("refuses a region it does not know, naming the column", async () => {
    const outcome = await run(csv("2026-11-27", [[makeOrgId(), "Mars Corp", "Sub-R9", "Mars"]]));
    expect(outcome).toMatchObject({ ok: false, refusal: "invalidRows", problems: [{ column: "Region", value: "Mars", expected: "region" }] });
  });
});
