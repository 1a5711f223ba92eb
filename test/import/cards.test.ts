// The import answer and the imports list: valid Adaptive Cards whose words come from the catalogue.
import { expect, it } from "vitest";
import { importsCard } from "../../cards/audit.js";
import { importResultCard } from "../../cards/importResult.js";
import { cardProblems } from "../../cards/validate.js";
import { translatorFor } from "../../domain/i18n/catalogue.js";
import type { ImportOutcome } from "../../domain/import/index.js";
import type { ImportListEntry } from "../../domain/import/recentImports.js";

const t = translatorFor("en");
const counts = (created: number, updated: number, unchanged: number) => ({ created, updated, unchanged });

const landed: ImportOutcome = {
  ok: true, batchId: 7, kind: "subscription-details", fileName: "Subscription Details_a1_2026-11-20.csv", rowsRead: 4,
  reportDate: new Date("2026-11-20T00:00:00Z"), customers: counts(3, 0, 0), subscriptions: counts(4, 0, 0), records: counts(0, 0, 0),
};

it("answers a landed import with the counts and the report date", () => {
  const { card, text } = importResultCard(landed, t);
  expect(cardProblems(card)).toEqual([]);
  expect(text).toContain("4 rows read from the Subscription details report.");
  expect(text).toContain("The report was calculated on 2026-11-20.");
  expect(text).toContain("Subscriptions: 4 created, 0 updated, 0 unchanged.");
  expect(text).not.toContain("Nothing changed");
});

it("says plainly when a re-import changed nothing", () => {
  const { card, text } = importResultCard({ ...landed, customers: counts(0, 0, 3), subscriptions: counts(0, 0, 4) }, t);
  expect(cardProblems(card)).toEqual([]);
  expect(text).toContain("Nothing changed: the store already held everything in this file.");
});

it("answers a refused file with the reason, each problem and what to do", () => {
  const refused: ImportOutcome = {
    ok: false, fileName: "bad.csv", kind: "subscription-details", rowsRead: 3, refusal: "invalidRows", details: { count: 23 },
    problems: [{ line: 3, column: "Total Users in Org", value: "ten", expected: "wholeNumber" }], moreProblems: 22,
  };
  const { card, text } = importResultCard(refused, t);
  expect(cardProblems(card)).toEqual([]);
  expect(text.split("\n")).toEqual([
    "Nothing was imported from bad.csv",
    "23 values in the file are not valid. Correct them and attach the file again.",
    'Line 3, column "Total Users in Org": "ten" is not a whole number such as 12.',
    "…and 22 more problems.",
    "The store is unchanged. Fix the file and attach it again.",
  ]);
});

it("names both kinds when a file is not the kind asked for", () => {
  const refused: ImportOutcome = {
    ok: false, fileName: "cdr.csv", kind: "subscription-details", rowsRead: 0, refusal: "wrongKind",
    details: { wanted: "subscription-details", found: "call-history" }, problems: [], moreProblems: 0,
  };
  expect(importResultCard(refused, t).text).toContain("You asked to import a Subscription details report, but this file is a Detailed call history report.");
});

it("lists recent imports, newest first as given, and explains an empty list", () => {
  const entry: ImportListEntry = {
    id: 1, at: new Date("2026-11-23T09:30:00Z"), actor: "ana@partner.example", kind: "subscription-details", source: "space",
    fileName: "subs.csv", reportDate: null, rowsRead: 4, customers: counts(3, 0, 0), subscriptions: counts(4, 0, 0), records: counts(0, 0, 0),
  };
  const { card, text } = importsCard([entry, { ...entry, id: 2, kind: "sync", source: "sync", actor: "sync", fileName: null }], t);
  expect(cardProblems(card)).toEqual([]);
  expect(text).toContain("2026-11-23 09:30 UTC: Subscription details from Webex space by ana@partner.example, 4 rows (subs.csv).");
  expect(text).toContain("Partner API sync from Sync by sync");
  expect(importsCard([], t).text).toContain("Nothing has been imported yet.");
});
