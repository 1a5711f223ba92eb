// Sync end to end: the real sandbox serving a demo partner through the partner router, real
// HTTP, real SQLite and PostgreSQL. Paging, a 429 with Retry-After, and a failure part way.
import { afterAll, beforeAll, expect, it } from "vitest";
import { pino } from "pino";
import { startSandbox, type Sandbox } from "../../bot/sandbox/index.js";
import { partnerApiRouter } from "../../bot/sandbox/partner/router.js";
import { PartnerApiError, runSync } from "../../bot/sync/index.js";
import { fixedClock } from "../../domain/clock.js";
import { generateDemoPartner } from "../../prisma/seed/index.js";
import { describeEachEngine } from "../support/engines.js";
import { storeSnapshot } from "../import/support.js";

const NOW = new Date("2026-11-23T10:00:00Z");
const PARTNER_TOKEN = "partner-admin-token";
const partner = generateDemoPartner({ customers: 23, seed: 7, now: NOW });
const log = pino({ level: "silent" });

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({
    botToken: "bot-token", extraTokens: [PARTNER_TOKEN], demoSpaces: false,
    routers: [partnerApiRouter({ partner, token: PARTNER_TOKEN, now: () => NOW, pageSize: 10, pollsUntilDone: 2 })],
  });
});
afterAll(async () => sandbox?.close());

describeEachEngine("runSync", (getStore) => {
  const waits: number[] = [];
  const sync = (overrides: Partial<Parameters<typeof runSync>[0]> = {}) =>
    runSync({
      db: getStore().db, apiBase: `${sandbox.url}/v1`, partnerToken: PARTNER_TOKEN, clock: fixedClock(NOW), log,
      sleep: async (ms) => { waits.push(ms); }, pollIntervalMs: 5, ...overrides,
    });

  it("leaves the store as it was when a call fails part way, retries spent (here: a report download)", async () => {
    const before = await storeSnapshot(getStore().db);
    sandbox.failNext(6, { status: 500, path: /\/partner\/reports\/[^/]+\/download$/ });
    await expect(sync()).rejects.toBeInstanceOf(PartnerApiError);
    expect(await storeSnapshot(getStore().db)).toEqual(before);
  });

  it("pulls every page of organizations, waits as a 429 asks, and lands customers, licenses, tags and the report", async () => {
    waits.length = 0;
    sandbox.failNext(1, { status: 429, retryAfterSeconds: 2, path: /\/partner\/organizations$/ });
    const outcome = await sync();
    expect(waits).toContain(2000);
    const orgCalls = sandbox.requests().filter((r) => r.path === "/v1/partner/organizations" && r.status === 200);
    expect(orgCalls.length).toBeGreaterThanOrEqual(3); // 23 customers, 10 a page
    expect(orgCalls.some((r) => r.query.includes("cursor=20"))).toBe(true);

    expect(outcome.organizations).toBe(23);
    const db = getStore().db;
    expect(await db.customer.count()).toBe(23);
    expect(await db.subscription.count()).toBe(partner.subscriptions.length);
    // Each customer's region comes from the regional report it appeared in.
    for (const c of partner.customers) expect((await db.customer.findUniqueOrThrow({ where: { id: c.id } })).region).toBe(c.region);
    const sample = partner.licenseLines.find((l) => l.product === "calling_professional") ?? partner.licenseLines[0]!;
    expect(await db.licenseLine.findUniqueOrThrow({ where: { subscriptionId_product: { subscriptionId: sample.subscriptionId, product: sample.product } } }))
      .toMatchObject({ total: sample.total, assigned: sample.assigned });
    const taggedPairs = partner.tagAssignments.length;
    expect(await db.tagAssignment.count()).toBe(taggedPairs);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "sync" } });
    expect(audit.actor).toBe("sync");
    expect(await db.importBatch.count({ where: { source: "sync", kind: "subscription-details" } })).toBe(outcome.reports.length);
    // Each landed report leaves its dated snapshot (for `changes`), dated with its calculation date.
    const dates = await db.datedSnapshot.groupBy({ by: ["takenAt"], _count: { _all: true } });
    expect(dates.map((d) => d.takenAt.getTime()).sort()).toEqual([...new Set(outcome.reports.map((r) => r.reportDate!.getTime()))].sort());
    expect(dates.reduce((n, d) => n + d._count._all, 0)).toBe(partner.subscriptions.length);
  });

  it("changes no partner data when nothing changed upstream", async () => {
    const { importBatches: _a, auditLog: _b, ...before } = (await storeSnapshot(getStore().db)) as Record<string, unknown>;
    const outcome = await sync();
    expect(outcome.reports.every((r) => r.subscriptions.created === 0 && r.subscriptions.updated === 0)).toBe(true);
    expect(outcome.licenseLinesWritten).toBe(0);
    const { importBatches: _c, auditLog: _d, ...after } = (await storeSnapshot(getStore().db)) as Record<string, unknown>;
    expect(after).toEqual(before);
  });

  it("moves a customer a file had put in the wrong region to the region of the report it appears in", async () => {
    const customer = partner.customers.find((c) => c.region !== "US")!;
    // As a CSV dropped in a space without a Region column used to leave it.
    await getStore().db.customer.update({ where: { id: customer.id }, data: { region: "US" } });
    await sync();
    expect((await getStore().db.customer.findUniqueOrThrow({ where: { id: customer.id } })).region).toBe(customer.region);
  });

  it("keeps the previous sync's data intact when the next one fails on the licenses of one org, retries spent", async () => {
    const before = await storeSnapshot(getStore().db);
    sandbox.faults.add({ method: "GET", path: "/licenses", fault: "status", status: 502 });
    try {
      await expect(sync()).rejects.toMatchObject({ status: 502 });
    } finally {
      sandbox.faults.clear();
    }
    expect(await storeSnapshot(getStore().db)).toEqual(before);
  });

  it("refuses a token that is not a partner admin's", async () => {
    await expect(sync({ partnerToken: "bot-token" })).rejects.toMatchObject({ status: 403 });
  });
});
