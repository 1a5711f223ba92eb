// Who sees what: a sales administrator never reads the name of a customer that is not assigned
// to them, in any command's answer or any card they click; read-only administrators cannot tag;
// strangers get nothing; buttons are authorized again for the person who clicks.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SandboxMessage } from "../../bot/sandbox/index.js";
import { startTestRun, type TestRun } from "../support/local.js";
import { ANA, CHEN, DORA, ELI, SAM, cardOf, click, readable, submitsOf } from "../commands/support.js";

describe("access to partner data through the commands", () => {
  let run: TestRun;
  let assigned: Array<{ id: string; name: string }>;
  let hidden: Array<{ id: string; name: string }>;

  /** Names a sales admin must never read (minus those that are part of a name they may read). */
  function leakedNames(message: SandboxMessage): string[] {
    const text = readable(message).replace(/\\(.)/g, "$1");
    return hidden.filter((h) => text.includes(h.name) && !assigned.some((a) => a.name.includes(h.name))).map((h) => h.name);
  }

  beforeAll(async () => {
    run = await startTestRun();
    const eli = await run.store.db.partnerAdmin.findUniqueOrThrow({ where: { email: ELI }, include: { customers: { include: { customer: true } } } });
    assigned = eli.customers.map((a) => ({ id: a.customer.id, name: a.customer.name }));
    const ids = new Set(assigned.map((a) => a.id));
    hidden = (await run.store.db.customer.findMany({ select: { id: true, name: true } })).filter((c) => !ids.has(c.id));
    expect(assigned.length).toBeGreaterThan(0);
  });
  afterAll(async () => { await run?.dispose(); });

  it("never shows a sales admin an unassigned customer's name, in any command or page", async () => {
    const commands = ["customers", "customers page:2", "kpis", "kpis calling", "expiring", "expiring 365 calling", "renewing", "recent", "recent calling",
      "low-assignment", "overage", "overage calling", "queues", "trials", "tags", "admins", "customer group", "customer a", "resources", "help"];
    // The detector itself finds names: a full administrator's list shows unassigned customers.
    expect(leakedNames(await run.ask(ANA, "customers")).length).toBeGreaterThan(0);
    for (const command of commands) {
      const answer = await run.ask(ELI, command);
      expect(leakedNames(answer), `"${command}" shows only Eli's customers`).toEqual([]);
      // Every row and button leads only to Eli's customers.
      for (const submit of submitsOf(answer.attachments?.[0]?.content)) {
        if (submit.data.action === "customer.show" || submit.data.action === "queues.customer") expect(assigned.map((a) => a.id)).toContain(submit.data.customerId);
      }
    }
  });

  it("answers a sales admin about an unassigned customer exactly as about one that does not exist", async () => {
    const other = hidden[0]!;
    const byName = await run.ask(ELI, `customer ${other.id}`);
    expect(leakedNames(byName)).toEqual([]);
    for (const command of [`admins ${other.id}`, `queues ${other.id}`, `find someone@${(await run.store.db.customerDomain.findFirst({ where: { customerId: other.id } }))?.domain ?? "x.example"}`]) {
      expect(leakedNames(await run.ask(ELI, command)), command).toEqual([]);
    }
    const subscription = await run.store.db.subscription.findFirstOrThrow({ where: { customerId: other.id } });
    const list = await run.ask(ELI, "customers");
    for (const data of [{ action: "customer.show", customerId: other.id }, { action: "subscription.show", subscriptionId: subscription.id },
      { action: "queues.customer", customerId: other.id }, { action: "admins.customer", customerId: other.id }]) {
      const answer = await click(run, list, ELI, data);
      expect(leakedNames(answer)).toEqual([]);
      expect(answer.text).toMatch(/not (.* )?among (the customers|those of the customers)/);
    }
    const mine = await run.ask(ELI, `customer ${assigned[0]!.id}`);
    expect(readable(mine)).toContain(assigned[0]!.name);
  });

  it("lets a sales admin's tag counts cover only their customers", async () => {
    const tags = await run.ask(ELI, "tags");
    const total = Number(/Customers with this tag: (\d+)/.exec(tags.text ?? "")?.[1] ?? "0");
    expect(total).toBeLessThanOrEqual(assigned.length);
  });

  it("refuses tagging to read-only and sales admins, in commands and on buttons", async () => {
    const customer = assigned[0]!;
    for (const email of [CHEN, DORA, ELI]) {
      const answer = await run.ask(email, `tag ${customer.id} Hot`);
      expect(answer.text).toContain("can't do that");
    }
    const list = await run.ask(CHEN, "customers");
    const clicked = await click(run, list, CHEN, { action: "tag.change", mode: "assign", customerId: customer.id, tag: "Hot" });
    expect(clicked.text).toContain("Your role (Partner read-only administrator) can't do that.");
    expect(await run.store.db.tag.count({ where: { name: "Hot" } })).toBe(0);
  });

  it("authorizes a button again for the person who clicks it, in a group space", async () => {
    const room = run.sandbox.rooms().find((r) => r.type === "group")!;
    const other = hidden[0]!;
    const asked = run.sandbox.waitForBotMessage(room.id, undefined, 15_000);
    await run.sandbox.say({ roomId: room.id, personEmail: ANA, text: `customer ${other.id}`, mentionBot: true });
    const card = await asked;
    expect(readable(card)).toContain(other.name);
    const row = submitsOf(cardOf(card)).find((s) => s.data.action === "subscription.show" || s.data.action === "queues.customer")!;
    const clicked = await click(run, card, ELI, row.data);
    expect(leakedNames(clicked)).toEqual([]);
    expect(clicked.text).toMatch(/not (.* )?among/);
  });

  it("refuses strangers every command without data", async () => {
    for (const command of ["customer group", "kpis", "expiring", "queues", "trials", "tags", "admins", "find a@b.example", "region EU"]) {
      const answer = await run.ask(SAM, command);
      expect(answer.text).toContain("I only answer the partner administrators");
      expect(hidden.some((h) => readable(answer).includes(h.name))).toBe(false);
    }
  });
});
