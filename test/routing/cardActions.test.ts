// Each card action is declared once (cards/actions.ts) and handled once (bot/tables.ts): a
// button the cards can build always reaches a handler, and a handler never waits for a button
// no card can build.
import { describe, expect, it } from "vitest";
import { declaredActionIds, customerShow, sectionPage } from "../../cards/actions.js";
import { defaultTables } from "../../bot/tables.js";

describe("card actions", () => {
  it("has exactly one handler for every declared action, and none for an undeclared one", () => {
    const handled = defaultTables.actions.map((a) => a.id);
    expect(new Set(handled).size).toBe(handled.length);
    expect([...handled].sort()).toEqual(declaredActionIds().sort());
  });

  it("parses the data a card built with the schema its handler uses", () => {
    const data = sectionPage.data({ section: "expire", family: "calling", days: 30, filter: { region: "EU" }, page: 2 });
    const handler = defaultTables.actions.find((a) => a.id === sectionPage.id)!;
    expect(handler.inputs.safeParse(data).success).toBe(true);
    expect(customerShow.schema.safeParse({ action: "customer.show" }).success).toBe(false);
    expect(customerShow.schema.safeParse({ action: "subscription.show", customerId: "c-1" }).success).toBe(false);
  });
});
