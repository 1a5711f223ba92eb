// An argument error reads in the space's language: what was wrong and what to type instead come
// from the catalogue, never from zod's or a schema's English. Through the one entry point, on a
// real SQLite store with a small demo partner.
import { describe, expect, it } from "vitest";
import { english, LANGUAGES, translate } from "../../domain/i18n/catalogue.js";
import { demoSpaces } from "../commands/demoSpaces.js";
import { REPORT_TEMPLATES } from "../../domain/reports/templates.js";

const MISTAKES = [
  "expiring banana", "renewing 999", "recent 30", "customers region:Mars", "customers status:nope", "customers page:abc", "customers product:fax",
  "customers type:x", "customers managed:x", "imports 99", "imports many", "find not-an-address", "queues 2026-02-30", "region Mars", "language xx",
  "schedule foo daily at 08:00", "schedule subscriptions hourly", "schedule subscriptions monthly 32 at 08:00", "schedule subscriptions daily at 25:00",
  "schedule subscriptions daily at 08:00 Mars/Olympus", "schedule subscriptions daily at 08:00 UTC extra words", "schedule", "report foo",
  "alerts sometimes", "alerts thresholds 0", "alerts time 9h", "alerts time 09:00 Mars/Olympus", "unschedule !!", "tag onlyone", "customers bogus:1",
];

// Every English sentence an argument error could end with.
const ENGLISH_PROBLEMS = Object.entries(english)
  .filter(([key]) => key.startsWith("commandArg.") || key.startsWith("argument."))
  .map(([, text]) => text.split(/\{\w+\}/)[0]!.trim()).filter((start) => start.length > 12);

describe("argument errors in the space's language", () => {
  const { ask: answer } = demoSpaces(10);

  it.each(LANGUAGES.filter((l) => l !== "en"))("says what was wrong in %s, without an English sentence", async (language) => {
    for (const mistake of MISTAKES) {
      const text = await answer(language, mistake);
      expect(text, mistake).toContain(translate(language, "notice.badArguments", { command: mistake.split(" ")[0]! }));
      for (const sentence of ENGLISH_PROBLEMS) expect(text, `${mistake} in ${language}`).not.toContain(sentence);
    }
  });

  it("names the days-or-family mistake with the catalogue's words in Spanish, offering both only where it is accepted", async () => {
    expect(await answer("es", "expiring banana")).toContain(`"banana": ${translate("es", "commandArg.daysOrFamilyOrBoth")}`);
    expect(await answer("es", "recent banana")).toContain(`"banana": ${translate("es", "commandArg.family")}`);
    expect(await answer("en", "kpis banana")).toContain(`"banana": give meetings, calling or both`);
  });

  it("says a scheduled report that does not exist is not a report, offering only reports the bot writes", async () => {
    const text = await answer("en", "schedule foo weekly monday at 08:00");
    const templates = REPORT_TEMPLATES.map((t) => t.id).join(", ");
    expect(text).toContain(`"foo": there is no such report; use one of ${templates}`);
    expect(text).not.toMatch(/devices|phone-numbers|app-versions|#\d/);
    expect(await answer("de", "report foo")).toContain(`"foo": ${translate("de", "commandArg.template", { templates })}`);
  });

  it("points at the option that was wrong by its name", async () => {
    expect(await answer("fr", "customers page:abc")).toContain(`page : ${translate("fr", "commandArg.page")}`);
    expect(await answer("en", "customers bogus:1")).toContain("bogus: is not a filter of this command.");
  });

  it("says what is missing when a word is left out", async () => {
    expect(await answer("pt", "schedule")).toContain(translate("pt", "argument.missingWord", { problem: translate("pt", "commandArg.reportName") }));
  });
});
