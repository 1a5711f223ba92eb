// Every card kind, with a hostile string in every field that comes from data or from what a
// person typed (customer, tag, admin, file and template names, emails, typed words, argument
// problems): rendered by CommonMark and by the sandbox page, nothing becomes a link, emphasis,
// HTML or a mention, and the words show as they are. Names far too long for a card still give a
// valid card within Webex's size limit.
import { testAction } from "../cards/factories.js";
import { customerShow } from "../../cards/actions.js";
import { DEFAULT_ANALYTICS_SETTINGS } from "../../domain/analytics/settings.js";
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { translatorFor } from "../../domain/i18n/catalogue.js";
import { cardProblems } from "../../cards/validate.js";
import { fitReply, MAX_CARD_BYTES, MAX_MESSAGE_BYTES } from "../../cards/limits.js";
import type { CardReply } from "../../cards/elements.js";
import { adminsCard, customerAdminsCard } from "../../cards/admins.js";
import { alertCard } from "../../cards/alertCard.js";
import { alertSettingsCard } from "../../cards/alertSettings.js";
import { importsCard } from "../../cards/audit.js";
import { callQueuesCard, customerQueuesCard } from "../../cards/callQueues.js";
import { customerChoiceCard } from "../../cards/customerChoice.js";
import { customerDetailCard } from "../../cards/customerDetail.js";
import { customerListCard } from "../../cards/customerList.js";
import { commandHelpCard, helpGroupCard, helpCard } from "../../cards/help.js";
import { importResultCard } from "../../cards/importResult.js";
import { kpiStripCard } from "../../cards/kpiStrip.js";
import { badArgumentsCard, internalErrorCard, refusalCard, unknownCommandCard } from "../../cards/notices.js";
import { scheduleCreatedCard, scheduleListCard, stopConfirmCard } from "../../cards/reportSchedules.js";
import { resourcesCard } from "../../cards/resources.js";
import { sectionCard, type SectionView } from "../../cards/sections.js";
import { sentenceCard } from "../../cards/sentence.js";
import { subscriptionCard } from "../../cards/subscription.js";
import { tablePageCard } from "../../cards/tablePage.js";
import { tagChangeCard, tagsCard } from "../../cards/tags.js";
import { trialsCard } from "../../cards/trials.js";
import { todayCard } from "../../cards/today.js";
import { changesCard } from "../../cards/changes.js";
import { submitAction } from "../../cards/elements.js";
import type { CallQueueFigures } from "../../domain/analytics/callQueues.js";
import { NOW, makeContract, makeCustomerDetail, makePage } from "../cards/factories.js";
import { HOSTILE, LONG_NAMES } from "./hostileText.js";
import { renderProblems, renderedText } from "./render.js";

const t = translatorFor("en");
const utc = { language: "en" as const, timeZone: "UTC" };
const paging = (page: number) => testAction({ action: "test.page", page });
const spec = { frequency: "weekly" as const, dayOfWeek: 1, dayOfMonth: null, time: "08:00", timeZone: "Europe/Madrid" };
const figures: CallQueueFigures = {
  totalCalls: 120, answered: 100, abandoned: 15, timedOut: 3, overflowed: 1, transferred: 4, averageSpeedOfAnswer: 21.5, averageWaitBeforeAbandon: 44, abandonRate: 12.5,
};
const counts = { created: 1, updated: 2, unchanged: 3 };
const licenses = { total: 10, assigned: 8, used: 5, available: 2 };
const rows = <Row>(make: (i: number) => Row): Row[] => Array.from({ length: 10 }, (_, i) => make(i));

function section(kind: SectionView["kind"], name: string): SectionView {
  const base = { family: "meetings" as const, windowDays: 90, percentile: 25, minAgeDays: 30, pageAction: paging };
  const row = (i: number) => ({ customerId: `c-${i}`, customerName: name, subscriptionId: `Sub-${i}`, ...licenses });
  if (kind === "recent") {
    return { ...base, kind, section: { windowDays: 90, newCustomers: 1, totalLicenses: 10, table: makePage(rows((i) => ({ ...row(i), daysSinceAdded: 3, weeklyAssignedChange: 1, weeklyUsedChange: null }))) } };
  }
  if (kind === "low") {
    return { ...base, kind, section: { customers: 1, assignedPercent: 10, usedPercent: 5, unassignedLicenses: 9, thresholds: [], table: makePage(rows((i) => ({ ...row(i), product: name, monthsSinceAdded: 4, assignedPercent: 10, weeklyAssignedChange: 0 }))) } };
  }
  if (kind === "over") {
    return { ...base, kind, section: { customers: 1, totalOverage: 2, averageOverage: 2, table: makePage(rows((i) => ({ ...row(i), product: name, monthsRemaining: 3, autoRenew: false, overage: 2, assignedPercent: 120, usedPercent: 90 }))) } };
  }
  return { ...base, kind, section: { kind, windowDays: 90, customers: 1, subscriptions: 1, totalLicenses: 10, assignedPercent: 80, usedPercent: 50,
    table: makePage(rows((i) => ({ ...row(i), endAt: NOW, daysUntilEnd: 3, usageTrend: [] }))) } };
}

/** Each card kind, built with `name` wherever data or typed words go. */
const builders: Record<string, (name: string) => CardReply[]> = {
  adminsCard: (name) => [adminsCard({ page: makePage(rows(() => ({ email: name, displayName: name, role: name, assignedCustomers: 2 }))), pageAction: paging }, t, utc)],
  customerAdminsCard: (name) => [
    customerAdminsCard({ customerId: "c", customerName: name, admins: rows(() => ({ email: name, displayName: name, role: "sales" })) }, t),
    customerAdminsCard({ customerId: "c", customerName: name, admins: [] }, t),
  ],
  alertCard: (name) => [alertCard({
    date: NOW, missed: 0,
    findings: {
      expiring: rows((i) => ({ subjectId: `e${i}`, customerName: name, subscriptionId: name, type: "subscription" as const, endAt: NOW, daysLeft: 7, threshold: 7 })),
      overages: rows((i) => ({ subjectId: `o${i}`, customerName: name, subscriptionId: name, overage: 3 })),
      suspended: rows((i) => ({ subjectId: `s${i}`, customerName: name, region: name })),
    },
  }, t, utc)],
  alertSettingsCard: (name) => [alertSettingsCard({ settings: { enabled: true, thresholds: [90, 7], time: "09:00", timeZone: name, hasAudience: false }, next: NOW, changed: true }, t, "en")],
  importsCard: (name) => [importsCard(rows((i) => ({
    id: i, at: NOW, actor: name, kind: name, source: name, fileName: name, reportDate: null, rowsRead: 3, customers: counts, subscriptions: counts, records: counts,
  })), t)],
  callQueuesCard: (name) => [callQueuesCard({
    kpis: { weekStart: NOW, customers: 10, partner: figures, weighting: "calls", table: makePage(rows((i) => ({ customerId: `c-${i}`, customerName: name, ...figures }))) },
    pageAction: paging,
  }, t, utc)],
  customerQueuesCard: (name) => [customerQueuesCard({ customerId: "c", customerName: name, weeks: rows(() => ({ weekStart: NOW, ...figures })) }, t, utc)],
  customerChoiceCard: (name) => [
    customerChoiceCard({ typed: name, candidates: rows((i) => ({ id: `c-${i}`, name, region: name })), more: true, kind: "choose", pick: (id) => customerShow.data({ customerId: id }) }, t),
    customerChoiceCard({ typed: name, candidates: [], more: false, kind: "suggest", pick: (id) => customerShow.data({ customerId: id }) }, t),
  ],
  customerDetailCard: (name) => {
    const contract = makeContract({ id: name, status: name, orders: rows((i) => ({ id: `O-${i}`, placedAt: NOW, kind: name, summary: name })) });
    const detail = makeCustomerDetail({ subscriptions: rows(() => contract), trials: rows(() => contract), tags: rows(() => name),
      admins: rows(() => ({ email: name, displayName: name, role: "sales" as const })) });
    return [customerDetailCard({ ...detail, profile: { ...detail.profile, name, industry: name, externalId: name } }, t, utc, DEFAULT_ANALYTICS_SETTINGS)];
  },
  customerListCard: (name) => [customerListCard({ page: makePage(rows((i) => ({ id: `c-${i}`, name, region: "EU" as const, managedBy: "partner" as const, statuses: ["trial" as const] }))), filter: {}, thresholds: DEFAULT_ANALYTICS_SETTINGS, language: "en" }, t)],
  helpCard: () => [helpCard([{ name: "customers", group: "customers", usage: "customers [status:…] <name>", summary: "help.summary.customers", example: "customers", aliases: [] }], t)],
  helpGroupCard: (name) => [helpGroupCard("customers", [{ name, group: "customers", usage: "customers [status:…]", summary: "help.summary.customers", example: name, aliases: [name] }], t)],
  commandHelpCard: (name) => [commandHelpCard({ name, group: "customers", usage: name, summary: "help.summary.customers", example: name, aliases: [name] }, t)],
  importResultCard: (name) => [
    importResultCard({ ok: true, batchId: 1, kind: "subscription-details", fileName: name, rowsRead: 3, reportDate: NOW, customers: counts, subscriptions: counts, records: counts }, t),
    importResultCard({ ok: false, fileName: name, kind: null, rowsRead: 3, refusal: "invalidRows", details: { size: name, limit: name },
      problems: rows((i) => ({ line: i, column: name, value: name, expected: "date" as const })), moreProblems: 4 }, t),
  ],
  kpiStripCard: (name) => [kpiStripCard({ strip: { family: "calling", windowDays: 90, totalCustomers: 1, nearingExpiration: 1, nearingRenewal: 1, lowAssignment: 1, overLimit: 1 },
    filter: {}, filterText: name, percentile: 25 }, t, utc)],
  unknownCommandCard: (name) => [unknownCommandCard({ typed: name }, t), unknownCommandCard({ typed: name, suggestion: "customers" }, t)],
  badArgumentsCard: (name) => [badArgumentsCard({ command: name, problems: [name, name], usage: name, example: name }, t)],
  refusalCard: (name) => [refusalCard("stranger", { email: name }, t), refusalCard("notAllowed", { role: name }, t)],
  internalErrorCard: () => [internalErrorCard("E-ABC123", t)],
  scheduleCreatedCard: (name) => [scheduleCreatedCard({ id: "k3x9p2qa", templateName: name, spec, next: NOW, filters: name }, t, "en")],
  scheduleListCard: (name) => [scheduleListCard(rows((i) => ({ id: `s${i}`, templateName: name, spec, next: NOW, filters: name, lastRun: { outcome: "posted" as const, at: NOW } })), t, "en", true)],
  stopConfirmCard: (name) => [stopConfirmCard({ id: "k3x9p2qa", templateName: name, spec, next: NOW, filters: name }, t)],
  resourcesCard: () => [resourcesCard(t)],
  sectionCard: (name) => (["expire", "renew", "recent", "low", "over"] as const).map((kind) => sectionCard(section(kind, name), t, utc)),
  sentenceCard: (name) => [sentenceCard(name, [submitAction(name, testAction({ action: "x" }))], [name])],
  subscriptionCard: (name) => [subscriptionCard({ customerId: "c", customerName: name, kind: "subscription",
    contract: makeContract({ id: name, orders: rows((i) => ({ id: `O-${i}`, placedAt: NOW, kind: name, summary: name })) }) }, t, utc)],
  tablePageCard: (name) => [tablePageCard({ title: name, kpis: [[name, name]], definitions: [name], rows: rows(() => ({ title: name, detail: name, select: testAction({ action: "x" }) })),
    page: 2, pageCount: 3, pageAction: paging, empty: name, note: name }, t)],
  tagsCard: (name) => [tagsCard({ page: makePage(rows(() => ({ name, customers: 3 }))), pageAction: paging }, t, utc)],
  tagChangeCard: (name) => [tagChangeCard({ change: "assigned", tag: name, customerId: "c", customerName: name, tags: rows(() => name) }, t)],
  todayCard: (name) => [todayCard({
    items: [
      { kind: "ending", tier: "soon", customerId: "c", customerName: name, subscriptionId: name, trial: false, endAt: NOW, daysLeft: 2, licenses: 10 },
      { kind: "overLimit", customerId: "c", customerName: name, subscriptionId: name, bought: 10, assigned: 12 },
      { kind: "suspended", customerId: "c", customerName: name, subscriptions: 1 },
    ],
    counts: { soon: 1, suspended: 1, overLimit: 1, later: 0 }, total: 3, page: 1, pageSize: 10, pageCount: 1,
  }, t, utc)],
  changesCard: (name) => [changesCard({ report: { kind: "changes", days: 7, now: NOW, before: NOW, total: 3, page: 1, pageSize: 10, changes: [
    { kind: "statusChanged", customerId: "c", customerName: name, subscriptionId: name, from: "active", to: name },
    { kind: "licensesUp", customerId: "c", customerName: name, before: 1, now: 2 },
    { kind: "newCustomer", customerId: "c", customerName: name },
  ] } }, t, utc)],
  trialsCard: (name) => [trialsCard({ page: makePage(rows((i) => ({ trialId: `T-${i}`, customerId: "c", customerName: name, startAt: NOW, endAt: NOW, daysLeft: 3, products: [name] }))), pageAction: paging }, t, utc)],
};

describe("cards with hostile names", () => {
  it("covers every card kind the cards folder exports (elements.ts holds the building blocks)", async () => {
    const exported: string[] = [];
    for (const file of readdirSync(new URL("../../cards/", import.meta.url)).filter((f) => f.endsWith(".ts") && f !== "elements.ts")) {
      const module = (await import(`../../cards/${file}`)) as Record<string, unknown>;
      exported.push(...Object.entries(module).filter(([name, value]) => typeof value === "function" && /Card$/.test(name)).map(([name]) => name));
    }
    expect(Object.keys(builders).sort()).toEqual(exported.sort());
  });

  for (const [kind, build] of Object.entries(builders)) {
    it(`${kind}: markdown, HTML, mentions and autolinks render as the words they are`, () => {
      for (const name of HOSTILE) {
        for (const reply of build(name)) {
          expect(cardProblems(reply.card), `${kind} with ${JSON.stringify(name)}`).toEqual([]);
          expect(renderProblems(reply.card), `${kind} with ${JSON.stringify(name)}`).toEqual([]);
        }
      }
    });

    it(`${kind}: names far too long still give a message Webex takes`, () => {
      for (const name of LONG_NAMES) {
        for (const reply of build(name)) {
          const fitted = fitReply(reply, t);
          const what = `${kind} with ${name.length} × ${JSON.stringify(name[0])}`;
          expect(Buffer.byteLength(fitted.text), what).toBeLessThanOrEqual(MAX_MESSAGE_BYTES);
          if (fitted.card) {
            expect(cardProblems(fitted.card), what).toEqual([]);
            expect(Buffer.byteLength(JSON.stringify(fitted.card)), what).toBeLessThanOrEqual(MAX_CARD_BYTES);
          } else {
            expect(fitted.text.startsWith(t("notice.cardTooLarge")), `${what}: says why there is no card`).toBe(true);
          }
        }
      }
    });
  }

  it("shows a hostile customer name whole, as text, in the card a person reads", () => {
    const name = "[Renew now](https://evil.example/login) **urgent**";
    const reply = tagChangeCard({ change: "assigned", tag: "Hot", customerId: "c", customerName: name, tags: ["Hot"] }, t);
    expect(renderedText(reply.card)).toContain(`Done: ${name} now carries the tag Hot.`);
  });
});
