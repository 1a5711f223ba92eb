// The command cards built from fixed view models: valid for Webex, within its limits, every
// label from the catalogue, dates in the space's time zone; snapshots catch unintended changes.
import { DEFAULT_ANALYTICS_SETTINGS } from "../../domain/analytics/settings.js";
import { describe, expect, it } from "vitest";
import { translatorFor } from "../../domain/i18n/catalogue.js";
import { cardProblems } from "../../cards/validate.js";
import { customerDetailCard, MAX_CONTRACT_ROWS } from "../../cards/customerDetail.js";
import { subscriptionCard } from "../../cards/subscription.js";
import { customerChoiceCard } from "../../cards/customerChoice.js";
import { kpiStripCard } from "../../cards/kpiStrip.js";
import { sectionCard, type SectionView } from "../../cards/sections.js";
import { callQueuesCard, customerQueuesCard } from "../../cards/callQueues.js";
import { trialsCard } from "../../cards/trials.js";
import { tagChangeCard, tagsCard } from "../../cards/tags.js";
import { adminsCard, customerAdminsCard } from "../../cards/admins.js";
import { resourcesCard } from "../../cards/resources.js";
import { scheduleListCard, type LastRunOutcome } from "../../cards/reportSchedules.js";
import type { CardReply } from "../../cards/elements.js";
import type { CallQueueFigures } from "../../domain/analytics/callQueues.js";
import { NOW, makeContract, makeCustomerDetail, makePage, testAction } from "./factories.js";
import { customerShow } from "../../cards/actions.js";
import { textsOf, submitsOf } from "../commands/support.js";

const t = translatorFor("en");
const utc = { language: "en" as const, timeZone: "UTC" };
const paging = (page: number) => testAction({ action: "test.page", page });

function expectValid(reply: CardReply): void {
  expect(cardProblems(reply.card)).toEqual([]);
  expect((reply.card.actions ?? []).length).toBeLessThanOrEqual(5);
  expect(reply.text.length).toBeGreaterThan(0);
  expect(JSON.stringify(reply)).not.toMatch(/\{[a-zA-Z]+\}/); // no placeholder left unfilled
}

const figures = (overrides: Partial<CallQueueFigures> = {}): CallQueueFigures => ({
  totalCalls: 120, answered: 100, abandoned: 15, timedOut: 3, overflowed: 1, transferred: 4,
  averageSpeedOfAnswer: 21.5, averageWaitBeforeAbandon: 44, abandonRate: 12.5, ...overrides,
});

describe("command cards", () => {
  it("customer detail: profile, escaped name, subscriptions leading to their cards", () => {
    const reply = customerDetailCard(makeCustomerDetail(), t, utc, DEFAULT_ANALYTICS_SETTINGS);
    expectValid(reply);
    expect(JSON.stringify(reply.card)).toContain("\\\\*Acme\\\\* GmbH \\\\[Berlin\\\\]");
    expect(submitsOf(reply.card).filter((s) => s.data.action === "subscription.show").map((s) => s.data.subscriptionId)).toEqual(["Sub-100001", "Sub-100002", "Trial-700001"]);
    expect(textsOf(reply.card)).toContain("Webex Meetings: 100 bought, 80 assigned, 55 used");
    expect(reply.card).toMatchSnapshot();
  });

  it("customer detail: current subscriptions first, each with its products, bought / assigned / used and days left", () => {
    const subscriptions = [
      makeContract({ id: "Sub-old", status: "expired", endAt: new Date("2023-05-01T00:00:00Z"), current: false, daysLeft: null }),
      makeContract({ id: "Sub-soon", endAt: new Date("2026-11-27T10:00:00Z"), current: true, daysLeft: 4 }),
    ];
    const reply = customerDetailCard(makeCustomerDetail({ subscriptions }), t, utc, DEFAULT_ANALYTICS_SETTINGS);
    expectValid(reply);
    const texts = textsOf(reply.card);
    expect(texts.indexOf("Current subscriptions (1)")).toBeLessThan(texts.indexOf("Sub-soon"));
    expect(texts.indexOf("Sub-soon")).toBeLessThan(texts.indexOf("Ended subscriptions (1)"));
    expect(texts.indexOf("Ended subscriptions (1)")).toBeLessThan(texts.indexOf("Sub-old"));
    expect(texts).toContain("ends Nov 27, 2026 · days left: 4");
    expect(texts).toContain("Webex Calling Professional: 40 bought, 42 assigned, 30 used");
  });

  it("customer detail: shows a few contracts of a customer with many, and says how many more", () => {
    const many = Array.from({ length: 30 }, (_, i) => makeContract({ id: `Sub-${200000 + i}` }));
    const reply = customerDetailCard(makeCustomerDetail({ subscriptions: many }), t, utc, DEFAULT_ANALYTICS_SETTINGS);
    expectValid(reply);
    expect(submitsOf(reply.card).filter((s) => s.data.action === "subscription.show").length).toBe(MAX_CONTRACT_ROWS + 1);
    expect(textsOf(reply.card)).toContain(`…and ${30 - MAX_CONTRACT_ROWS} more.`);
  });

  it("writes dates in the space's time zone and language", () => {
    const late = makeCustomerDetail({ profile: { ...makeCustomerDetail().profile, addedAt: new Date("2026-01-31T23:30:00Z") } });
    const auckland = textsOf(customerDetailCard(late, t, { language: "en", timeZone: "Pacific/Auckland" }, DEFAULT_ANALYTICS_SETTINGS).card);
    const utcTexts = textsOf(customerDetailCard(late, t, utc, DEFAULT_ANALYTICS_SETTINGS).card);
    expect(utcTexts).toContain("Jan 31, 2026");
    expect(auckland).toContain("Feb 1, 2026");
    expect(textsOf(customerDetailCard(late, t, { language: "de", timeZone: "UTC" }, DEFAULT_ANALYTICS_SETTINGS).card)).toContain("31.01.2026");
    expect(textsOf(customerDetailCard(late, t, { language: "en", timeZone: "Not/AZone" }, DEFAULT_ANALYTICS_SETTINGS).card)).toContain("Jan 31, 2026");
  });

  it("subscription: license lines, order history and the way back", () => {
    const reply = subscriptionCard({ customerId: "c-1", customerName: "Acme GmbH", kind: "subscription", contract: makeContract() }, t, utc);
    expectValid(reply);
    const texts = textsOf(reply.card);
    expect(texts).toContain("Webex Calling Professional: 40 bought, 42 assigned, 30 used, 0 available");
    expect(texts).toContain("Oct 19, 2025 · New order · New subscription, 100 Meetings licenses");
    expect(submitsOf(reply.card)[0]!.data).toEqual({ action: "customer.show", customerId: "c-1" });
    expect(reply.card).toMatchSnapshot();
  });

  it("choice: several matches, each a pick; none, with closest names", () => {
    const candidates = [{ id: "a", name: "Acme GmbH", region: "EU" }, { id: "b", name: "Acme Inc.", region: "US" }];
    const choose = customerChoiceCard({ typed: "acme", candidates, more: true, kind: "choose", pick: (id) => customerShow.data({ customerId: id }) }, t);
    expectValid(choose);
    expect(choose.text).toContain("Several customers match \"acme\"");
    expect(textsOf(choose.card)).toContain("Only the first 2 are shown: type more of the name to narrow it down.");
    expect(choose.card).toMatchSnapshot();
    const none = customerChoiceCard({ typed: "zz", candidates: [], more: false, kind: "suggest", pick: (id) => testAction({ action: "x", id }) }, t);
    expectValid(none);
    expect(none.text).toContain("I found no customer matching \"zz\" among the customers you can see.");
    expect(none.text).toContain("type find followed by that address");
  });

  it("KPI strip: numbers first, definitions on demand, the other family one click away", () => {
    const reply = kpiStripCard({
      strip: { family: "calling", windowDays: 90, totalCustomers: 1234, nearingExpiration: 12, nearingRenewal: 7, lowAssignment: 30, overLimit: 4 },
      filter: { region: "EU" }, filterText: "region:EU", percentile: 25,
    }, t, utc);
    expectValid(reply);
    expect(reply.text.split("\n").slice(0, 3)).toEqual(["Subscription KPIs: Webex Calling", "Total customers: 1,234", "Nearing expiration: 12"]);
    expect(reply.card.actions![0]!.type).toBe("Action.ShowCard");
    expect(submitsOf(reply.card).map((s) => s.data.section ?? s.data.family)).toEqual(["expire", "renew", "low", "over", "meetings"]);
    expect(reply.card).toMatchSnapshot();
  });

  it("section: KPIs, rows to subscriptions, previous and next on a middle page", () => {
    const rows = Array.from({ length: 10 }, (_, i) => ({
      customerId: `c-${i}`, customerName: `Customer ${i}`, subscriptionId: `Sub-${i}`, endAt: new Date(NOW.getTime() + (i + 1) * 86_400_000), daysUntilEnd: i,
      total: 10, assigned: 8, used: 5, available: 2,
      usageTrend: i === 0 ? [3, null, 7, 5].map((used, w) => ({ weekStart: new Date(NOW.getTime() - (3 - w) * 7 * 86_400_000), used })) : [],
    }));
    const view: SectionView = {
      kind: "expire", family: "meetings", windowDays: 30, percentile: 25, minAgeDays: 30, pageAction: paging,
      section: { kind: "expire", windowDays: 30, customers: 25, subscriptions: 27, totalLicenses: 270, assignedPercent: 80, usedPercent: null, table: makePage(rows, { page: 2, total: 27, pageCount: 3 }) },
    };
    const reply = sectionCard(view, t, utc);
    expectValid(reply);
    expect(reply.text).toContain("License usage: n/a");
    // The seed's "usage over the last 3 months" and the available licenses, shown at last.
    expect(reply.text).toContain("5 used / 8 assigned / 2 available of 10 · usage over the last 3 months: 3 → 5 used, at most 7 in a week");
    expect(reply.text).toContain("usage over the last 3 months: n/a");
    expect(reply.card.actions!.map((a) => a.title)).toEqual(["How these are counted", "Previous", "Next"]);
    expect(submitsOf(reply.card).filter((s) => s.data.action === "test.page").map((s) => s.data.page)).toEqual([1, 3]);
    expect(Buffer.byteLength(JSON.stringify(reply.card))).toBeLessThan(14 * 1024);
    expect(reply.card).toMatchSnapshot();
  });

  it("section: over-limit rows show the assigned and used percentages", () => {
    const row = { customerId: "c-1", customerName: "Over Co", subscriptionId: "Sub-9", product: "meetings", monthsRemaining: 4, autoRenew: false,
      total: 10, assigned: 12, used: 6, available: 0, overage: 2, assignedPercent: 120, usedPercent: 60 };
    const view: SectionView = {
      kind: "over", family: "meetings", windowDays: 90, percentile: 25, minAgeDays: 30, pageAction: paging,
      section: { customers: 1, totalOverage: 2, averageOverage: 2, table: makePage([row], { pageCount: 1 }) },
    };
    const reply = sectionCard(view, t, utc);
    expectValid(reply);
    expect(reply.text).toContain("Sub-9 · Webex Meetings · 12 assigned of 10 bought (120 %, +2) · 6 used (60 %)");
  });

  it("section: says so when it is empty, without paging", () => {
    const view: SectionView = {
      kind: "over", family: "calling", windowDays: 90, percentile: 25, minAgeDays: 30, pageAction: paging,
      section: { customers: 0, totalOverage: 0, averageOverage: null, table: makePage([], { pageCount: 0 }) },
    };
    const reply = sectionCard(view, t, utc);
    expectValid(reply);
    expect(textsOf(reply.card)).toContain("Nothing to show in this section.");
    expect(submitsOf(reply.card)).toEqual([]);
  });

  it("call queues: the week's KPIs and the per-customer table; one customer's weeks", () => {
    const reply = callQueuesCard({
      kpis: { weekStart: new Date("2026-11-16T00:00:00Z"), customers: 2, partner: figures(), weighting: "calls",
        table: makePage([{ customerId: "c-1", customerName: "Acme", ...figures({ abandonRate: 25 }) }, { customerId: "c-2", customerName: "Beta", ...figures({ averageSpeedOfAnswer: null }) }]) },
      pageAction: paging,
    }, t, { language: "en", timeZone: "America/Los_Angeles" });
    expectValid(reply);
    expect(reply.text).toContain("Call queues, week of Nov 16, 2026");
    expect(reply.text).toContain("Average speed of answer: 21.5 s");
    expect(reply.card).toMatchSnapshot();
    // Aligned columns, and only a high abandon rate coloured.
    for (const header of ["Customer", "Calls", "Answered", "Abandoned", "Abandon rate"]) expect(textsOf(reply.card)).toContain(header);
    const coloured: string[] = [];
    JSON.stringify(reply.card, (key, value: { type?: string; color?: string; text?: string }) => {
      if (value?.type === "TextBlock" && value.color === "Attention") coloured.push(String(value.text));
      return value;
    });
    expect(coloured).toEqual(["25 %"]);
    const one = customerQueuesCard({ customerId: "c-1", customerName: "Acme", weeks: [{ weekStart: new Date("2026-11-16T00:00:00Z"), ...figures() }] }, t, utc);
    expectValid(one);
    for (const header of ["Week", "Calls", "Speed of answer", "Abandoned", "Abandon rate"]) expect(textsOf(one.card)).toContain(header);
    expect(textsOf(one.card)).toEqual(expect.arrayContaining(["Nov 16, 2026", "120", "21.5 s", "12.5 %"]));
    expect(one.text).toContain("Nov 16, 2026: 120 calls · 100 answered");
  });

  it("trials, tags, admins and resources", () => {
    const trials = trialsCard({ page: makePage([{ trialId: "Trial-1", customerId: "c", customerName: "Acme", startAt: new Date("2026-11-01T00:00:00Z"), endAt: new Date("2026-12-01T00:00:00Z"), daysLeft: 7, products: ["meetings", "mystery"] }]), pageAction: paging }, t, utc);
    expectValid(trials);
    expect(trials.text).toContain("Acme: Trial-1 · started Nov 1, 2026 · ends Dec 1, 2026 (days left: 7) · Webex Meetings, Other product");
    const tags = tagsCard({ page: makePage([{ name: "VIP", customers: 3 }]), pageAction: paging }, t, utc);
    expectValid(tags);
    expect(submitsOf(tags.card)[0]!.data).toEqual({ action: "customers.page", filter: { tags: { names: ["VIP"], match: "any" } }, page: 1 });
    const change = tagChangeCard({ change: "assigned", tag: "VIP", customerId: "c", customerName: "Acme", tags: ["VIP"] }, t);
    expectValid(change);
    expect(change.text).toBe("Done: Acme now carries the tag VIP.\nTags of Acme now: VIP");
    const admins = adminsCard({ page: makePage([{ email: "a@p.example", displayName: null, role: "weird" }].map((a) => ({ ...a, assignedCustomers: 2 }))), pageAction: paging }, t, utc);
    expectValid(admins);
    expect(admins.text).toContain("a@p.example · weird · customers assigned: 2");
    expect(textsOf(admins.card)).toEqual(expect.arrayContaining(["Administrator", "Email", "Role", "Customers assigned", "a@p.example", "weird", "2"]));
    expectValid(customerAdminsCard({ customerId: "c", customerName: "Acme", admins: [] }, t));
    const assigned = customerAdminsCard({ customerId: "c", customerName: "Acme", admins: [{ email: "b@p.example", displayName: "Bea", role: "sales" }] }, t);
    expectValid(assigned);
    expect(textsOf(assigned.card)).toEqual(expect.arrayContaining(["Bea", "b@p.example", "Sales administrator"]));
    expect(textsOf(assigned.card)).not.toContain("Customers assigned");
    const resources = resourcesCard(t);
    expectValid(resources);
    expect(resources.card).toMatchSnapshot();
  });

  it("schedules: each schedule with its next run and, in every language, how the last one went", () => {
    const outcomes: LastRunOutcome[] = ["posted", "waiting", "failed", "missed", "skipped", "running"];
    const views = outcomes.map((outcome, i) => ({
      id: `sched${i}`, templateName: "Subscription details", spec: { frequency: "weekly" as const, dayOfWeek: 1, dayOfMonth: null, time: "08:00", timeZone: "Europe/Madrid" },
      next: new Date("2026-11-30T07:00:00Z"), filters: i === 0 ? "region:EU" : "", lastRun: { outcome, at: new Date("2026-11-23T07:00:00Z") },
    }));
    for (const language of ["en", "es", "pl", "fr", "pt", "de"] as const) {
      const reply = scheduleListCard([...views, { ...views[0]!, id: "fresh", lastRun: undefined }], translatorFor(language), language);
      expectValid(reply);
      expect(reply.text.split("\n")).toHaveLength(1 + outcomes.length + 1);
      expect(reply.text.split("\n").at(-1), "a schedule that never ran says nothing about a last run").not.toMatch(/23/);
    }
    const english = scheduleListCard(views, t, "en");
    // Dates as every other card writes them, in the schedule's time zone.
    expect(english.text).toContain("Last run, due Nov 23, 2026, 08:00: waiting for Webex");
    expect(english.text).toContain("next Nov 30, 2026, 08:00");
    expect(scheduleListCard(views, translatorFor("de"), "de").text).toContain("23.11.2026, 08:00");
    expect(english.card).toMatchSnapshot();
  });
});
