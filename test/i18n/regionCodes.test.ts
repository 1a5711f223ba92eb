// Region codes as the guides write them: shown in the space's language, read in any language,
// the English codes always too; and every code the bot shows is one its guide writes.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { regionCode, regionOfCode } from "../../domain/regionCodes.js";
import type { Language } from "../../domain/i18n/catalogue.js";
import { demoSpaces } from "../commands/demoSpaces.js";

const GUIDE_CODES: Record<Exclude<Language, "en">, Array<[string, string]>> = {
  es: [["CA", "CA"], ["EU", "UE"]], fr: [["CA", "CA"], ["EU", "UE"]], pt: [["US", "EUA"], ["CA", "CA"], ["EU", "UE"]],
  pl: [["US", "USA"], ["CA", "CA"], ["EU", "UE"], ["UAE", "ZEA"]], de: [["US", "USA"], ["CA", "CA"], ["EU", "EU"], ["UAE", "VAE"]],
};
const SEED_PREFIX = { es: "000", pl: "001", fr: "002", pt: "003", de: "004" } as const;
const seedsDir = process.env.PARTNERHUB_SEEDS ?? "/work/shared/seeds";

describe("region codes", () => {
  it("shows each region with the code its guide writes", () => {
    for (const [language, pairs] of Object.entries(GUIDE_CODES)) {
      for (const [region, code] of pairs) expect(regionCode(region, language as Language), `${language} ${region}`).toBe(code);
    }
    expect(["US", "CA", "EU", "UAE"].map((r) => regionCode(r, "en"))).toEqual(["US", "CA", "EU", "UAE"]);
  });

  it("reads any guide's code and the English ones, in any case", () => {
    expect(["ue", "UE", "eu", "EU"].map(regionOfCode)).toEqual(["EU", "EU", "EU", "EU"]);
    expect(["USA", "eua", "US"].map(regionOfCode)).toEqual(["US", "US", "US"]);
    expect(["VAE", "zea", "UAE"].map(regionOfCode)).toEqual(["UAE", "UAE", "UAE"]);
    expect(regionOfCode("Mars")).toBeUndefined();
  });

  it.runIf(existsSync(seedsDir))("writes only codes that stand in the guides' region lists", () => {
    for (const [language, pairs] of Object.entries(GUIDE_CODES)) {
      const name = readdirSync(seedsDir).find((file) => file.startsWith(SEED_PREFIX[language as keyof typeof SEED_PREFIX]))!;
      const text = readFileSync(path.join(seedsDir, name), "utf8");
      for (const [, code] of pairs) expect(text, `${language} ${code}`).toMatch(new RegExp(`[•-]\\s*${code}\\s*[—–]`));
    }
  });
});

describe("region codes in commands", () => {
  const { ask, deps } = demoSpaces(40);

  it("filters by a guide's code and shows the space's codes in the list", async () => {
    const uae = await deps().db.customer.count({ where: { region: "UAE" } });
    const german = await ask("de", "customers region:VAE");
    expect(german).toContain(`Kunden (${uae})`);
    expect(german).toMatch(/\(VAE\)/);
    expect(german).not.toMatch(/\(UAE\)/);
    expect(await ask("en", "customers region:vae")).toContain(`Customers (${uae})`);
  });

  it("sets a space's region from a guide's code", async () => {
    expect(await ask("es", "region UE")).toContain("Unión Europea");
    expect(await ask("pl", "region ZEA")).toContain("Zjednoczone Emiraty Arabskie");
  });
});
