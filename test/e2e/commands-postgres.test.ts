// The commands whose queries are written in SQL by hand, end to end on PostgreSQL: the same
// answers must come from the second engine.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestRun, type TestRun } from "../support/local.js";
import { ANA, BEN, ELI, cardOf, click, readable, submitsOf } from "../commands/support.js";
import { trialsInProgress } from "../../domain/partner/trialsInProgress.js";

describe("partner commands on PostgreSQL", () => {
  let run: TestRun;
  beforeAll(async () => { run = await startTestRun({ engine: "postgres" }); });
  afterAll(async () => { await run?.dispose(); });

  it("answers the section, trial, tag and search commands", async () => {
    for (const command of ["kpis calling", "expiring 30", "renewing", "recent", "low-assignment", "overage", "queues", "admins", "tags"]) {
      const answer = await run.ask(ANA, command);
      cardOf(answer);
      expect(answer.text).not.toMatch(/went wrong/);
    }
    const admin = await run.store.db.partnerAdmin.findUniqueOrThrow({ where: { email: ANA } });
    const trials = await trialsInProgress({ db: run.store.db, clock: run.clock, viewer: { email: ANA, role: "full", adminId: admin.id } }, { page: { page: 1, pageSize: 10 } });
    expect((await run.ask(ANA, "trials")).text).toContain(`Trials in progress (${trials.total})`);
    const typo = await run.ask(ANA, "customer grop");
    expect(typo.text).not.toMatch(/went wrong/);
  });

  it("tags a customer and drills down to a subscription", async () => {
    const customer = await run.store.db.customer.findFirstOrThrow({ where: { admins: { some: { admin: { email: BEN } } } }, orderBy: { name: "asc" } });
    expect((await run.ask(BEN, `tag ${customer.id} "PG check"`)).text).toContain(`${customer.name} now carries the tag PG check`);
    const detail = await run.ask(ANA, `customer ${customer.id}`);
    const row = submitsOf(cardOf(detail)).find((s) => s.data.action === "subscription.show")!;
    expect(readable(await click(run, detail, ANA, row.data))).toContain(String(row.data.subscriptionId));
    expect((await run.ask(ELI, "customers")).text).not.toMatch(/went wrong/);
  });
});
