// `today`, `brief`, `changes` and scheduling them, typed in a sandbox space and answered by the
// real framework from the demo partner.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestRun, type TestRun } from "../support/local.js";
import { ANA, CHEN, cardOf, click, readable, submitsOf, textsOf } from "../commands/support.js";
import { importAt, org } from "./reports.js";

describe("today and changes in the sandbox", () => {
  let run: TestRun;
  beforeAll(async () => { run = await startTestRun({ demoCustomers: 40 }); });
  afterAll(async () => { await run?.dispose(); });

  it("answers today (and brief) with the ranked card, and a row opens the customer", async () => {
    const answer = await run.ask(ANA, "today");
    const card = cardOf(answer);
    expect(textsOf(card)[0]).toMatch(/^Needs attention \(\d+\)$/);
    expect(textsOf(cardOf(await run.ask(ANA, "brief")))[0]).toBe(textsOf(card)[0]);
    const row = submitsOf(card).find((s) => s.data.action === "customer.show")!;
    const detail = await click(run, answer, ANA, row.data);
    const customer = await run.store.db.customer.findUniqueOrThrow({ where: { id: String(row.data.customerId) } });
    expect(textsOf(cardOf(detail))[0]).toBe(customer.name);
  });

  it("shows the demo partner's week of changes out of the box", async () => {
    const text = readable(await run.ask(ANA, "changes"));
    expect(text).not.toContain("I have no dated data yet");
    expect(text).toMatch(/auto-renew switched off/);
    expect(text).toMatch(/Active → (Suspended|Expired|Cancelled)/);
  });

  it("says how changes gets its data when none is dated, then reports what changed between two imports", async () => {
    // A store whose data all predates dated snapshots (or was never imported).
    await run.store.db.datedSnapshot.deleteMany();
    expect(readable(await run.ask(ANA, "changes"))).toContain("I have no dated data yet");
    await importAt(run.store.db, "2026-11-15T08:00:00Z", [{ orgId: org(900), customerName: "Zulu Old", subscriptionId: "Z-1", autoRenew: "Yes" }]);
    await importAt(run.store.db, "2026-11-22T08:00:00Z", [
      { orgId: org(900), customerName: "Zulu Old", subscriptionId: "Z-1", autoRenew: "No" },
      { orgId: org(901), customerName: "Zulu New", subscriptionId: "Z-2" },
    ]);
    const text = readable(await run.ask(ANA, "changes 7"));
    expect(text).toContain("Zulu Old");
    expect(text).toContain("Z-1: auto-renew switched off");
    expect(text).toContain("Zulu New");
    expect(readable(await run.ask(ANA, "changes 500"))).toContain("from 1 to 90");
  });

  it("schedules today and changes like a report, for those who may schedule", async () => {
    expect(readable(await run.ask(ANA, "schedule today daily at 08:00"))).toMatch(/today/);
    expect(readable(await run.ask(ANA, "schedule changes weekly monday at 08:00"))).toMatch(/changes/);
    const rows = await run.store.db.reportSchedule.findMany({ where: { createdBy: ANA }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.template, r.frequency])).toEqual([["today", "daily"], ["changes", "weekly"]]);
    expect(readable(await run.ask(CHEN, "schedule today daily at 08:00"))).toContain("Your role (");
  });
});
