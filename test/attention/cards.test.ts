// The `today` and `changes` cards from plain view models, in all six languages: they parse at
// Adaptive Cards 1.3, stay under Webex's card size limit at page size with the longest names an
// import can bring, fill every placeholder, and every row opens its customer.
import { describe, expect, it } from "vitest";
import { LANGUAGES, translatorFor } from "../../domain/i18n/catalogue.js";
import { cardProblems } from "../../cards/validate.js";
import { MAX_CARD_BYTES } from "../../cards/limits.js";
import { todayCard } from "../../cards/today.js";
import { changesCard } from "../../cards/changes.js";
import { changesCsv } from "../../cards/changesCsv.js";
import type { AttentionItem } from "../../domain/attention/today.js";
import type { Change } from "../../domain/attention/changes.js";
import { submitsOf, textsOf } from "../commands/support.js";

const NOW = new Date("2026-12-01T09:00:00Z");
const long = (i: number) => `${"Ü".repeat(180)} [x](https://evil.example) ${i}`;
const id = (i: number) => `6f1c2a4e-${String(i).padStart(4, "0")}-4222-8333-944455556666`;

const items: AttentionItem[] = Array.from({ length: 10 }, (_, i): AttentionItem => {
  const who = { customerId: id(i), customerName: long(i) };
  if (i < 4) return { kind: "ending", tier: i < 2 ? "soon" : "later", ...who, subscriptionId: `Sub-${"9".repeat(40)}${i}`, trial: i === 1, endAt: new Date(NOW.getTime() + (i + 1) * 86_400_000), daysLeft: i + 1, licenses: 123_456 };
  if (i < 7) return { kind: "overLimit", ...who, subscriptionId: `Sub-${i}`, bought: 1_000_000, assigned: 1_234_567 };
  return { kind: "suspended", ...who, subscriptions: 3 };
});

const changes: Change[] = [
  { kind: "statusChanged", customerId: id(1), customerName: long(1), subscriptionId: "Sub-1", from: "active", to: "suspended" },
  { kind: "newlyOverLimit", customerId: id(2), customerName: long(2), subscriptionId: "Sub-2", overage: 20 },
  { kind: "newlyExpiring", customerId: id(3), customerName: long(3), subscriptionId: "Sub-3", trial: false, endAt: NOW },
  { kind: "newlyExpiring", customerId: id(4), customerName: long(4), subscriptionId: "Trial-4", trial: true, endAt: NOW },
  { kind: "autoRenewOff", customerId: id(5), customerName: long(5), subscriptionId: "Sub-5", endAt: null },
  { kind: "licensesDown", customerId: id(6), customerName: long(6), before: 100, now: 80 },
  { kind: "licensesUp", customerId: id(7), customerName: long(7), before: 0, now: 80 },
  ...Array.from({ length: 8 }, (_, i): Change => ({ kind: "newCustomer", customerId: id(10 + i), customerName: `=cmd|' /C calc'!A${i}` })),
];

describe.each(LANGUAGES)("attention cards in %s", (language) => {
  const t = translatorFor(language);
  const locale = { language, timeZone: "Europe/Madrid" };

  it("today: a full page parses at 1.3, fits, and each row opens its customer", () => {
    const reply = todayCard({ items, counts: { soon: 2, suspended: 3, overLimit: 3, later: 40 }, total: 48, page: 2, pageSize: 10, pageCount: 5 }, t, locale);
    expect(cardProblems(reply.card)).toEqual([]);
    expect(Buffer.byteLength(JSON.stringify(reply.card))).toBeLessThan(MAX_CARD_BYTES);
    expect(JSON.stringify(reply)).not.toMatch(/\{[a-zA-Z]+\}/);
    const rows = submitsOf(reply.card).filter((s) => s.data.action === "customer.show");
    expect(rows.map((r) => r.data.customerId)).toEqual(items.map((i) => i.customerId));
    expect(submitsOf(reply.card).map((s) => s.data)).toContainEqual({ action: "today.page", page: 3 });
    expect(JSON.stringify(reply.card)).not.toContain("[x](https://evil.example)");
  });

  it("today: nothing to do says so", () => {
    const reply = todayCard({ items: [], counts: { soon: 0, suspended: 0, overLimit: 0, later: 0 }, total: 0, page: 1, pageSize: 10, pageCount: 1 }, t, locale);
    expect(cardProblems(reply.card)).toEqual([]);
    expect(textsOf(reply.card)).toContain(t("today.none"));
  });

  it("changes: a page parses at 1.3, fits, pages, and a scheduled post points to its CSV", () => {
    const report = { kind: "changes" as const, days: 7, now: NOW, before: new Date(NOW.getTime() - 7 * 86_400_000), total: changes.length, page: 1, pageSize: 10, changes: changes.slice(0, 10) };
    const reply = changesCard({ report }, t, locale);
    expect(cardProblems(reply.card)).toEqual([]);
    expect(Buffer.byteLength(JSON.stringify(reply.card))).toBeLessThan(MAX_CARD_BYTES);
    expect(JSON.stringify(reply)).not.toMatch(/\{[a-zA-Z]+\}/);
    expect(submitsOf(reply.card).map((s) => s.data)).toContainEqual({ action: "changes.page", days: 7, page: 2 });
    const scheduled = changesCard({ report: { ...report, page: 0, changes }, attached: true }, t, locale);
    expect(submitsOf(scheduled.card).filter((s) => s.data.action === "changes.page")).toEqual([]);
    expect(textsOf(scheduled.card).join("\n")).toContain(t("changes.moreInFile", { more: "5" }));
    for (const kind of ["noSnapshots", "noEarlier"] as const) {
      const sentence = changesCard({ report: kind === "noSnapshots" ? { kind, days: 7 } : { kind, days: 30, now: NOW, oldest: NOW } }, t, locale);
      expect(cardProblems(sentence.card)).toEqual([]);
    }
  });
});

describe("changes CSV", () => {
  it("lists every change, neutralises formulas and quotes commas", () => {
    const csv = changesCsv(changes, translatorFor("en"), { language: "en", timeZone: "UTC" });
    const lines = csv.replace(/^\ufeff/, "").trim().split("\r\n");
    expect(lines).toHaveLength(changes.length + 1);
    expect(lines[0]).toBe("Customer Name,Org ID,Subscription ID,Change");
    expect(lines.at(-1)).toMatch(/^'=cmd\|' \/C calc'!A7,/);
  });
});
