// The Both · Meetings · Calling toggle (issue 15): on the KPI strip and the expiring / renewing
// lists of a partner selling both families, built through the typed card actions; a partner
// selling one family gets the cards as before.
import { describe, expect, it } from "vitest";
import { translatorFor } from "../../domain/i18n/catalogue.js";
import { cardProblems } from "../../cards/validate.js";
import { kpiStripCard, type KpiStripView } from "../../cards/kpiStrip.js";
import { sectionCard, type SectionView } from "../../cards/sections.js";
import { kpisShow, sectionPage } from "../../cards/actions.js";
import type { CardElement } from "../../cards/elements.js";
import { NOW, makePage } from "./factories.js";
import { submitsOf } from "../commands/support.js";

const t = translatorFor("en");
const utc = { language: "en" as const, timeZone: "UTC" };
const strip = (family: "meetings" | "calling" | "both", familiesSold?: ("meetings" | "calling")[]): KpiStripView => ({
  strip: { family, windowDays: 90, totalCustomers: 8, nearingExpiration: 3, nearingRenewal: 1, lowAssignment: 1, overLimit: 2 },
  filter: {}, percentile: 25, ...(familiesSold ? { familiesSold } : {}),
});
const toggleOf = (body: CardElement[]) => body.find((e) => e.type === "ActionSet") as { actions: CardElement[] } | undefined;

describe("family toggle", () => {
  it("KPI strip of both: Both · Meetings · Calling under the title, the shown one marked, each a kpis.show", () => {
    const reply = kpiStripCard(strip("both", ["meetings", "calling"]), t, utc);
    expect(cardProblems(reply.card)).toEqual([]);
    expect(reply.text.split("\n")[0]).toBe("Subscription KPIs: Webex Meetings and Webex Calling");
    const toggle = toggleOf(reply.card.body)!;
    expect(toggle.actions.map((a) => [a.title, (a.data as { family: string }).family, a.style ?? null])).toEqual([
      ["Both", "both", "positive"], ["Meetings", "meetings", null], ["Calling", "calling", null],
    ]);
    for (const a of toggle.actions) expect(kpisShow.schema.parse(a.data).family).toBe((a.data as { family: string }).family);
    // No "Show Webex Calling": the toggle replaces it. Each KPI opens the "both" list.
    expect(reply.card.actions!.map((a) => a.type)).toEqual(["Action.ShowCard"]);
    const kpiClicks = submitsOf(reply.card).filter((s) => s.data.action === "section.page");
    expect(kpiClicks.map((s) => [s.data.section, s.data.family])).toEqual([["expire", "both"], ["renew", "both"], ["low", "both"], ["over", "both"]]);
    for (const s of kpiClicks) expect(() => sectionPage.schema.parse(s.data)).not.toThrow();
  });

  it("every language names the three buttons", () => {
    for (const language of ["en", "es", "pl", "fr", "pt", "de"] as const) {
      const reply = kpiStripCard(strip("calling", ["meetings", "calling"]), translatorFor(language), { language, timeZone: "UTC" });
      const titles = toggleOf(reply.card.body)!.actions.map((a) => a.title);
      expect(titles).toHaveLength(3);
      expect(titles.every((title) => typeof title === "string" && title.length > 0 && !title.includes("."))).toBe(true);
    }
  });

  it("a partner selling one family sees the strip as before: no toggle, the switch to the other family", () => {
    const sold = kpiStripCard(strip("meetings", ["meetings"]), t, utc);
    expect(sold).toEqual(kpiStripCard(strip("meetings"), t, utc));
    expect(toggleOf(sold.card.body)).toBeUndefined();
    expect(reply(sold)).toContain("Show Webex Calling");
  });

  it("expiring list of both: one list, each row with its family, the toggle carrying the same question", () => {
    const rows = [
      { customerId: "org-b", customerName: "Bravo", subscriptionId: "sub-b", family: "meetings" as const, endAt: new Date(NOW.getTime() + 5 * 86_400_000), daysUntilEnd: 5, total: 100, assigned: 120, used: 80, available: 0, usageTrend: [] },
      { customerId: "org-k", customerName: "Kilo", subscriptionId: "sub-k", family: "calling" as const, endAt: new Date(NOW.getTime() + 10 * 86_400_000), daysUntilEnd: 10, total: 40, assigned: 45, used: 30, available: 0, usageTrend: [] },
    ];
    const question = { section: "expire" as const, days: 90, filter: {} };
    const view: SectionView = {
      kind: "expire", family: "both", windowDays: 90, percentile: 25, minAgeDays: 30,
      pageAction: (page) => sectionPage.data({ ...question, family: "both", page }),
      toggle: { choices: ["both", "meetings", "calling"], data: (family) => sectionPage.data({ ...question, family, page: 1 }) },
      section: { kind: "expire", windowDays: 90, customers: 2, subscriptions: 2, totalLicenses: 140, assignedPercent: 117.9, usedPercent: 78.6, table: makePage(rows) },
    };
    const out = sectionCard(view, t, utc);
    expect(cardProblems(out.card)).toEqual([]);
    expect(out.text).toContain("About to expire in the next 90 days: Webex Meetings and Webex Calling");
    expect(out.text).toContain("Bravo: sub-b (Webex Meetings) · expires");
    expect(out.text).toContain("Kilo: sub-k (Webex Calling) · expires");
    expect(JSON.stringify(out.card.body)).toContain("\"Webex Calling\"");
    const toggle = toggleOf(out.card.body)!;
    expect(toggle.actions.map((a) => sectionPage.schema.parse(a.data))).toEqual(
      (["both", "meetings", "calling"] as const).map((family) => ({ action: "section.page", ...question, family, page: 1 })));
  });
});

const reply = (r: { card: { actions?: CardElement[] } }) => (r.card.actions ?? []).map((a) => String(a.title));
