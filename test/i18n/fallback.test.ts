// A key a language does not define falls back to the English message for that key alone, with
// its placeholders filled, so a half-translated catalogue still answers in whole sentences.
import { describe, expect, it } from "vitest";
import { english, translate, translatorFor } from "../../domain/i18n/catalogue.js";
import { spanish } from "../../domain/i18n/es/index.js";
import { german } from "../../domain/i18n/de/index.js";

describe("per-key fallback to English", () => {
  it("answers a key missing in Spanish with the English sentence, placeholders filled", () => {
    expect(spanish["seed.cli.badSeed"]).toBeUndefined();
    const text = translate("es", "seed.cli.badSeed", { max: 4294967295, value: "abc" });
    expect(text).toBe("--seed must be a whole number from 0 to 4294967295; you gave \"abc\".");
  });

  it("uses the language's own message for keys it defines, next to fallen-back ones", () => {
    const t = translatorFor("de");
    expect(german["seed.cli.cleared"]).toBeUndefined();
    expect(t("seed.cli.cleared", { seconds: 2 })).toBe(english["seed.cli.cleared"].replace("{seconds}", "2"));
    expect(t("status.expired")).toBe("Abgelaufen");
  });

  it("leaves a placeholder visible rather than inventing a value when a parameter is missing", () => {
    expect(translate("fr", "customers.title", {})).toBe("Clients ({total})");
  });
});
