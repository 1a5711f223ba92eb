// What only the operator reads (the seed and sync CLIs) lives outside the user-facing keys: a
// space can never be handed one, and no language has to translate it.
import { describe, expect, it } from "vitest";
import { english, isUserKey, translate } from "../../domain/i18n/catalogue.js";
import { operatorMessages, operatorText } from "../../domain/i18n/operator.js";

describe("the operator's catalogue", () => {
  it("holds the CLI sentences, none of which is a user-facing key", () => {
    const keys = Object.keys(operatorMessages);
    expect(keys).toContain("seed.cli.badSeed");
    expect(keys).toContain("sync.done");
    expect(keys.filter((key) => isUserKey(key) || key in english)).toEqual([]);
  });

  it("fills the placeholders of an operator sentence", () => {
    expect(operatorText("seed.cli.badSeed", { max: 4294967295, value: "abc" })).toBe("--seed must be a whole number from 0 to 4294967295; you gave \"abc\".");
  });

  it("leaves a placeholder visible rather than inventing a value when a parameter is missing", () => {
    expect(translate("fr", "customers.title", {})).toBe("Clients ({total})");
    expect(operatorText("seed.cli.cleared")).toBe("Removed the existing partner data in {seconds} s.");
  });
});
