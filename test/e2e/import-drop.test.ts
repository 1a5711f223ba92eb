// A partner admin drops a Partner Hub report into a space: the bot downloads it with its token,
// imports it whole, and answers with the outcome. A bad file changes nothing; a read-only admin
// may not import.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cardProblems } from "../../cards/validate.js";
import { startTestRun, type TestRun } from "../support/local.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/reports/${name}`, import.meta.url));
const ANA = "ana.silva@partner.example";
const CHEN = "chen.wei@partner.example";

describe("a report dropped into a space", () => {
  let run: TestRun;
  beforeAll(async () => { run = await startTestRun({ demoCustomers: 5 }); });
  afterAll(async () => { await run?.dispose(); });

  async function drop(email: string, name: string, content: Buffer, text?: string) {
    const room = run.sandbox.directRoomWith(email);
    const answer = run.sandbox.waitForBotMessage(room.id, undefined, 20_000);
    await run.sandbox.say({ roomId: room.id, personEmail: email, text, file: { name, contentType: "text/csv", content } });
    return answer;
  }

  it("imports a subscription details report and says what it created", async () => {
    const answer = await drop(ANA, "Subscription details_x1_2026-11-20.csv", fixture("subscription-details-bom-crlf.csv"));
    expect(cardProblems(answer.attachments?.[0]?.content)).toEqual([]);
    expect(answer.text).toContain("Import complete");
    const acme = await run.store.db.customer.findUnique({ where: { id: "6f1c3a52-8d2e-4b7a-9c11-2f5e8a9b0c01" }, include: { subscriptions: true } });
    expect(acme?.name).toBe("Acme Dental, Inc.");
    expect(acme?.subscriptions.map((s) => s.id).sort()).toEqual(["Sub-100001", "Trial-77"]);
    const audit = await run.store.db.auditLog.findFirst({ where: { actor: ANA }, orderBy: { id: "desc" } });
    expect(audit?.action).toMatch(/import/);
  });

  it("refuses a file with bad rows, naming line, column and value, and writes nothing", async () => {
    const before = await run.store.db.subscription.count();
    const answer = await drop(ANA, "bad.csv", fixture("subscription-details-bad-rows.csv"));
    expect(answer.text).toContain("Nothing was imported");
    expect(answer.text).toMatch(/Line 3, column "Total Users in Org": "ten"/);
    expect(await run.store.db.subscription.count()).toBe(before);
    expect(await run.store.db.customer.findFirst({ where: { name: "Good Org" } })).toBeNull();
  });

  it("does not let a read-only admin import", async () => {
    const before = await run.store.db.importBatch.count();
    const answer = await drop(CHEN, "Subscription details.csv", fixture("subscription-details-newer.csv"));
    expect(answer.text).toMatch(/Your role \(Partner read-only administrator\) can't do that/);
    expect(await run.store.db.importBatch.count()).toBe(before);
  });
});

describe("the imports command", () => {
  let run: TestRun;
  beforeAll(async () => { run = await startTestRun({ demoCustomers: 5 }); });
  afterAll(async () => { await run?.dispose(); });

  it("lists what was imported, by whom, and explains a wrong count", async () => {
    const room = run.sandbox.directRoomWith(ANA);
    const imported = run.sandbox.waitForBotMessage(room.id, undefined, 20_000);
    await run.sandbox.say({ roomId: room.id, personEmail: ANA, file: { name: "Subscription details.csv", contentType: "text/csv", content: fixture("subscription-details-bom-crlf.csv") } });
    await imported;
    const answer = await run.ask(CHEN, "imports");
    expect(cardProblems(answer.attachments?.[0]?.content)).toEqual([]);
    expect(answer.text).toContain("Recent imports and syncs");
    expect(answer.text).toContain(`by ${ANA}`);
    expect((await run.ask(CHEN, "imports lots")).text).toContain("give how many imports to show, such as 5");
  });
});
