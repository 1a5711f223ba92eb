// Every translated message must be usable wherever the English one is: same key, same
// {placeholders} (a missing one would show a raw "{days}", an extra one would never be filled).
import { describe, expect, it } from "vitest";
import { english, translate, type Catalogue, type Language, type MessageKey } from "../../domain/i18n/catalogue.js";
import { spanish } from "../../domain/i18n/es/index.js";
import { polish } from "../../domain/i18n/pl/index.js";
import { french } from "../../domain/i18n/fr/index.js";
import { portuguese } from "../../domain/i18n/pt/index.js";
import { german } from "../../domain/i18n/de/index.js";

const translations: Array<[Exclude<Language, "en">, Catalogue]> = [
  ["es", spanish], ["pl", polish], ["fr", french], ["pt", portuguese], ["de", german],
];

const placeholdersOf = (template: string): string[] => [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();

describe.each(translations)("the %s catalogue", (language, catalogue) => {
  const entries = Object.entries(catalogue) as Array<[string, string]>;

  it("defines only keys that exist in English", () => {
    expect(entries.map(([key]) => key).filter((key) => !(key in english))).toEqual([]);
  });

  it("keeps exactly the {placeholders} of the English message in every key", () => {
    const mismatches = entries
      .filter(([key, template]) => placeholdersOf(template).join(",") !== placeholdersOf(english[key as MessageKey]).join(","))
      .map(([key, template]) => `${key}: ${placeholdersOf(template).join(",")} vs ${placeholdersOf(english[key as MessageKey]).join(",")}`);
    expect(mismatches).toEqual([]);
  });

  it("translates every message a space can show", () => {
    const missing = (Object.keys(english) as MessageKey[]).filter((key) => !(key in catalogue));
    expect(missing).toEqual([]);
  });

  it("has no empty message and no message left in English where a word had to be translated", () => {
    expect(entries.filter(([, template]) => template.trim() === "").map(([key]) => key)).toEqual([]);
    // A sentence of several words identical to English means someone pasted the English text;
    // product names and layouts made only of placeholders are the same in every language.
    const words = (template: string) => template.replace(/\{\w+\}/g, "").match(/\p{L}{2,}/gu)?.length ?? 0;
    const properNames = new Set(["resources.partnerHub"]);
    const untranslated = entries.filter(([key, template]) => !properNames.has(key) && template === english[key as MessageKey] && words(template) > 3).map(([key]) => key);
    expect(untranslated).toEqual([]);
  });

  it("fills the placeholders of a translated sentence with the values given", () => {
    const sentence = translate(language, "section.expire.title", { days: 45, family: "Webex Calling" });
    expect(sentence).toContain("45");
    expect(sentence).toContain("Webex Calling");
    expect(sentence).not.toMatch(/\{\w+\}/);
    expect(sentence).not.toBe(translate("en", "section.expire.title", { days: 45, family: "Webex Calling" }));
  });
});
