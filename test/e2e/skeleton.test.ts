// The walking skeleton, end to end: a partner admin says `help` and `customers` in a sandbox
// space, the real framework hears it through a signed webhook, and the cards that come back
// are valid for Webex and list the right customers from the store.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cardProblems } from "../../cards/validate.js";
import { customerList } from "../../domain/analytics/customerList.js";
import { startTestRun, type TestRun } from "../support/local.js";

const ANA = "ana.silva@partner.example";

function cardOf(message: { attachments?: Array<{ content: unknown }> }): Record<string, unknown> {
  const card = message.attachments?.[0]?.content;
  expect(card, "the bot answered with a card").toBeTruthy();
  return card as Record<string, unknown>;
}

const textsOf = (card: unknown): string[] => JSON.stringify(card).match(/"text":"((?:[^"\\]|\\.)*)"/g)?.map((m) => JSON.parse(m.slice(7))) ?? [];

describe("the bot in the sandbox", () => {
  let run: TestRun;
  beforeAll(async () => { run = await startTestRun(); });
  afterAll(async () => { await run?.dispose(); });

  it("answers help with a valid card listing every command of the table", async () => {
    const answer = await run.ask(ANA, "help");
    const card = cardOf(answer);
    expect(cardProblems(card)).toEqual([]);
    const texts = textsOf(card).join("\n");
    for (const command of ["help", "customers", "enable", "disable"]) expect(texts).toContain(command);
    expect(answer.text).toContain("customers");
  });

  it("answers customers with the first page of customers from the store, most urgent first", async () => {
    const answer = await run.ask(ANA, "customers");
    const card = cardOf(answer);
    expect(cardProblems(card)).toEqual([]);
    const admin = await run.store.db.partnerAdmin.findUniqueOrThrow({ where: { email: ANA } });
    const expected = await customerList(
      { db: run.store.db, clock: run.clock, viewer: { email: ANA, role: "full", adminId: admin.id } },
      { page: { page: 1, pageSize: 10 } },
    );
    expect(expected.rows.length).toBe(10);
    const texts = textsOf(card);
    const shown = expected.rows.map((row) => texts.findIndex((t) => t.replace(/\\/g, "") === row.name));
    expect(shown.every((index) => index >= 0), "every customer of the first page is on the card").toBe(true);
    expect([...shown].sort((a, b) => a - b)).toEqual(shown);
    expect(texts.join(" ")).toContain(`Customers (${expected.total})`);
  });

  it("refuses a person who is not a partner admin, without data", async () => {
    const answer = await run.ask("sam.stranger@elsewhere.example", "customers");
    expect(answer.text).toMatch(/only answer the partner administrators/);
    expect(JSON.stringify(answer)).not.toMatch(/Customers \(/);
  });

  it("suggests the closest command for a typo", async () => {
    const answer = await run.ask(ANA, "custmers");
    expect(answer.text).toContain("Did you mean customers?");
    expect(cardProblems(cardOf(answer))).toEqual([]);
  });

  it("explains a wrong filter with what was expected", async () => {
    const answer = await run.ask(ANA, "customers region:Mars");
    expect(answer.text).toMatch(/region: give US, CA, EU, UAE/);
    expect(answer.text).toContain("Example: customers status:expiring,overage region:EU");
  });
});
