// importReport on real SQLite and PostgreSQL: fixtures in several shapes land whole, re-imports
// change nothing, newer reports update what they cover, and every bad file leaves the store as it was.
import { beforeAll, expect, it } from "vitest";
import { fixedClock } from "../../domain/clock.js";
import { importReport, type ImportOutcome } from "../../domain/import/index.js";
import { describeEachEngine } from "../support/engines.js";
import { fixture, makeOrgId, storeSnapshot, subscriptionDetailsCsv, zipOf } from "./support.js";

const clock = fixedClock("2026-11-23T10:00:00Z");
const ACME = "6f1c3a52-8d2e-4b7a-9c11-2f5e8a9b0c01";

function landed(outcome: ImportOutcome) {
  if (!outcome.ok) throw new Error(`refused: ${outcome.refusal} ${JSON.stringify(outcome.problems)}`);
  return outcome;
}

describeEachEngine("importReport", (getStore) => {
  const run = (bytes: Buffer, fileName: string, extra: Partial<Parameters<typeof importReport>[0]> = {}) =>
    importReport({ db: getStore().db, bytes, fileName, actor: "ana@partner.example", source: "space", clock, ...extra });

  it("imports a subscription details CSV with a BOM, CRLF, quoted commas and a blank last line", async () => {
    const outcome = landed(await run(fixture("subscription-details-bom-crlf.csv"), "Subscription Details_a1b2_2026-11-20.csv"));
    expect(outcome).toMatchObject({
      kind: "subscription-details", rowsRead: 4,
      customers: { created: 3, updated: 0, unchanged: 0 },
      subscriptions: { created: 4, updated: 0, unchanged: 0 },
    });
    expect(outcome.reportDate?.toISOString()).toBe("2026-11-20T00:00:00.000Z");
    const db = getStore().db;
    const acme = await db.customer.findUniqueOrThrow({ where: { id: ACME } });
    expect(acme).toMatchObject({ name: "Acme Dental, Inc.", totalUsers: 120, verifiedUsers: 118, liveSubscriptions: 1, liveTrials: 1, overageLines: 1 });
    const trial = await db.subscription.findUniqueOrThrow({ where: { id: "Trial-77" } });
    expect(trial).toMatchObject({ type: "trial", status: "active", autoRenew: false });
    expect(trial.endAt?.toISOString()).toBe("2026-11-28T00:00:00.000Z");
    const calling = await db.licenseLine.findUniqueOrThrow({ where: { subscriptionId_product: { subscriptionId: "Sub-100001", product: "calling_professional" } } });
    expect(calling).toMatchObject({ family: "calling", total: 50, assigned: 52, used: 40 });
    // A formula-looking name is kept as the text it is, never evaluated or dropped.
    const formula = await db.customer.findUniqueOrThrow({ where: { id: "c3d2e1f0-1111-4a2b-8c3d-4e5f6a7b8c03" } });
    expect(formula.name).toBe('=HYPERLINK("http://evil","x")');
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "import" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ actor: "ana@partner.example", target: "Subscription Details_a1b2_2026-11-20.csv" });
    expect(JSON.parse(audit.detail)).toMatchObject({ batchId: outcome.batchId, kind: "subscription-details", source: "space" });
  });

  it("changes nothing when the same file is imported again, and says so", async () => {
    const before = await storeSnapshot(getStore().db);
    const again = landed(await run(fixture("subscription-details-bom-crlf.csv"), "again.csv"));
    expect(again.customers).toEqual({ created: 0, updated: 0, unchanged: 3 });
    expect(again.subscriptions).toEqual({ created: 0, updated: 0, unchanged: 4 });
    const after = (await storeSnapshot(getStore().db)) as Record<string, unknown>;
    const { importBatches: _a, auditLog: _b, ...data } = after;
    const { importBatches: _c, auditLog: _d, ...dataBefore } = before as Record<string, unknown>;
    expect(data).toEqual(dataBefore);
  });

  it("updates what a newer report covers and keeps what it does not", async () => {
    const outcome = landed(await run(fixture("subscription-details-newer.csv"), "newer.csv"));
    expect(outcome.customers).toEqual({ created: 1, updated: 1, unchanged: 0 });
    expect(outcome.subscriptions).toEqual({ created: 1, updated: 1, unchanged: 1 });
    const db = getStore().db;
    expect(await db.licenseLine.findUniqueOrThrow({ where: { subscriptionId_product: { subscriptionId: "Sub-100001", product: "meetings" } } }))
      .toMatchObject({ total: 100, assigned: 99, used: 70 });
    // Borealis is not in the newer report: it stays as the older one left it.
    expect(await db.subscription.findUniqueOrThrow({ where: { id: "Sub-100002" } })).toMatchObject({ status: "expired" });
    expect((await db.customer.findUniqueOrThrow({ where: { id: ACME } })).totalUsers).toBe(125);
  });

  it("reads localized decimal commas, thousands dots, German dates and yes words, with headers in any case and spacing", async () => {
    const outcome = landed(await run(fixture("subscription-details-decimal-comma.csv"), "de.csv"));
    expect(outcome.subscriptions.created).toBe(1);
    const db = getStore().db;
    expect(await db.customer.findUniqueOrThrow({ where: { id: "e5f6a7b8-3333-4c4d-8e5f-6a7b8c9d0e05" } })).toMatchObject({ name: "Dürer Architekten GmbH", totalUsers: 1200 });
    expect(await db.subscription.findUniqueOrThrow({ where: { id: "Sub-200001" } })).toMatchObject({ autoRenew: true, status: "active" });
    expect(await db.licenseLine.findUniqueOrThrow({ where: { subscriptionId_product: { subscriptionId: "Sub-200001", product: "meetings" } } }))
      .toMatchObject({ total: 1000, assigned: 1050, used: 800 });
  });

  it("imports the zip the Partner Reports API downloads", async () => {
    const orgId = makeOrgId();
    const zip = zipOf({ "Subscription Details_x9_2026-11-22.csv": subscriptionDetailsCsv([{ orgId, subscriptionId: "Sub-ZIP-1", customerName: "Zipped Co" }]) });
    const outcome = landed(await run(zip, "report", { source: "sync", actor: "sync" }));
    expect(outcome.fileName).toBe("report");
    expect(outcome.subscriptions.created).toBe(1);
    expect(await getStore().db.customer.findUnique({ where: { id: orgId } })).toMatchObject({ name: "Zipped Co" });
  });

  it("computes call-queue weeks from detailed call history (Monday to Sunday, UTC)", async () => {
    const outcome = landed(await run(fixture("call-history.csv"), "cdr.csv"));
    expect(outcome.kind).toBe("call-history");
    expect(outcome.records).toEqual({ created: 2, updated: 0, unchanged: 0 });
    const weeks = await getStore().db.callQueueWeek.findMany({ where: { customerId: ACME }, orderBy: { weekStart: "asc" } });
    expect(weeks.map((w) => w.weekStart.toISOString())).toEqual(["2026-11-16T00:00:00.000Z", "2026-11-23T00:00:00.000Z"]);
    // Week of the 16th: 4 queue legs (the originating call is not one); 2 answered after 20 s and
    // 40 s; one abandoned after ringing 90 s; one answered elsewhere (transferred).
    expect(weeks[0]).toMatchObject({ totalCalls: 4, answered: 2, abandoned: 1, transferred: 1, answerWaitSeconds: 60, abandonWaitSeconds: 90 });
    expect(weeks[1]).toMatchObject({ totalCalls: 1, answered: 0, abandoned: 1, abandonWaitSeconds: 45 });
  });

  it("turns call queue statistics into weekly sums, and a newer report of the same week replaces it", async () => {
    const first = landed(await run(fixture("call-queue-stats.csv"), "queues.csv"));
    expect(first.kind).toBe("call-queue-stats");
    expect(first.records).toEqual({ created: 0, updated: 1, unchanged: 0 });
    const week = await getStore().db.callQueueWeek.findFirstOrThrow({ where: { customerId: ACME, weekStart: new Date("2026-11-16T00:00:00Z") } });
    expect(week).toMatchObject({ totalCalls: 50, answered: 40, abandoned: 6, timedOut: 2, overflowed: 1, transferred: 1, answerWaitSeconds: 30 * 20 + 10 * 12.5, abandonWaitSeconds: 360 });
  });

  it("imports calling detailed usage with its period and decimal-comma minutes", async () => {
    const outcome = landed(await run(fixture("calling-usage.csv"), "usage.csv"));
    expect(outcome.records.created).toBe(2);
    const madrid = await getStore().db.callingUsage.findFirstOrThrow({ where: { customerId: ACME, location: "Madrid HQ" } });
    expect(madrid).toMatchObject({ totalCalls: 1520, poorQuality: 12, callMinutes: 8450.5 });
    expect(JSON.parse(madrid.metrics)).toMatchObject({ queueTotalCalls: 300, queueAbandoned: 21, inbound: 900 });
  });

  it("lists the landed imports in the audit log", async () => {
    const batches = await getStore().db.importBatch.findMany({ orderBy: { id: "asc" } });
    expect(batches.map((b) => b.kind)).toEqual([
      "subscription-details", "subscription-details", "subscription-details", "subscription-details", "subscription-details", "call-history", "call-queue-stats", "calling-usage",
    ]);
  });
});

describeEachEngine("importReport refusals leave the store unchanged", (getStore) => {
  let before: unknown;
  beforeAll(async () => {
    await importReport({ db: getStore().db, bytes: fixture("subscription-details-bom-crlf.csv"), fileName: "base.csv", actor: "ana", source: "cli", clock });
    before = await storeSnapshot(getStore().db);
  });
  const refusedWith = async (bytes: Buffer, extra: Record<string, unknown> = {}) => {
    const outcome = await importReport({ db: getStore().db, bytes, fileName: "bad.csv", actor: "ana", source: "space", clock, ...extra });
    expect(await storeSnapshot(getStore().db)).toEqual(before);
    if (outcome.ok) throw new Error("expected a refusal");
    return outcome;
  };

  it("names line, column, value and expectation of each bad cell, and writes none of the good rows", async () => {
    const outcome = await refusedWith(fixture("subscription-details-bad-rows.csv"));
    expect(outcome.refusal).toBe("invalidRows");
    expect(outcome.problems).toEqual([
      { line: 3, column: "Total Users in Org", value: "ten", expected: "wholeNumber" },
      { line: 4, column: "Calculation Date", value: "2026-11-31", expected: "date" },
      { line: 4, column: "Subscription Status", value: "Maybe", expected: "subscriptionStatus" },
      { line: 4, column: "Auto-Renew Enabled", value: "Perhaps", expected: "yesNo" },
      { line: 4, column: "Meetings License (Available)", value: "=1+2", expected: "wholeNumber" },
    ]);
  });

  it("lists 20 problems and counts the rest", async () => {
    const rows = Array.from({ length: 30 }, () => ({ status: "Unknown" }));
    const outcome = await refusedWith(subscriptionDetailsCsv(rows), { limits: { maxProblems: 20 } });
    expect(outcome.problems).toHaveLength(20);
    expect(outcome.moreProblems).toBe(10);
    expect(outcome.details.count).toBe(30);
  });

  it("refuses an empty file", async () => expect((await refusedWith(fixture("empty.csv"))).refusal).toBe("empty"));
  it("refuses a file that is not text", async () => {
    // A picture renamed .csv: bytes that no encoding the bot reads turn into a CSV.
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
    expect((await refusedWith(png)).refusal).toBe("notUtf8");
  });
  it("refuses a report it does not know, naming its columns", async () => {
    const outcome = await refusedWith(fixture("unknown-kind.csv"));
    expect(outcome).toMatchObject({ refusal: "unknownKind", details: { headers: "Name, Email" } });
  });
  it("refuses a report of another kind than the one asked for", async () => {
    const outcome = await refusedWith(fixture("call-history.csv"), { kind: "subscription-details" });
    expect(outcome).toMatchObject({ refusal: "wrongKind", details: { wanted: "subscription-details", found: "call-history" } });
  });
  it("refuses a header without rows", async () => {
    expect((await refusedWith(Buffer.from(subscriptionDetailsCsv([]).toString("utf8")))).refusal).toBe("noRows");
  });
  it("refuses a file over the size limit", async () => {
    const outcome = await refusedWith(fixture("subscription-details-newer.csv"), { limits: { maxBytes: 100 } });
    expect(outcome.refusal).toBe("tooLarge");
  });
  it("refuses a zip with several CSVs, and one with none", async () => {
    const csv = subscriptionDetailsCsv([{}]);
    expect((await refusedWith(zipOf({ "a.csv": csv, "b.csv": csv }))).refusal).toBe("zipSeveral");
    expect((await refusedWith(zipOf({ "readme.txt": Buffer.from("hello") }))).refusal).toBe("zipEmpty");
  });
  it("refuses call records of customers it has never seen, and rolls back", async () => {
    const cdr = fixture("call-history.csv").toString("utf8").replaceAll("6f1c3a52-8d2e-4b7a-9c11-2f5e8a9b0c01", "99999999-9999-4999-8999-999999999999");
    const outcome = await refusedWith(Buffer.from(cdr));
    expect(outcome.refusal).toBe("invalidRows");
    expect(outcome.problems[0]).toMatchObject({ line: 2, column: "Org UUID", expected: "knownCustomer" });
  });
});
