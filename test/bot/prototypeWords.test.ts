// Words that name properties of every JavaScript object are just unknown words: found by the
// router's fuzz test ("overview __proto__" answered with an internal error).
import { describe, expect, it } from "vitest";
import { commandWords, splitWords } from "../../bot/routing/words.js";
import { kpisCommand } from "../../bot/commands/kpis.js";
import { customersCommand } from "../../bot/commands/customers.js";
import { ownEntry } from "../../domain/text.js";

describe("words that are properties of every object", () => {
  it("are refused as a family, a filter or a table entry, never taken as a value", () => {
    for (const word of ["__proto__", "constructor", "toString", "hasOwnProperty"]) {
      expect(kpisCommand.args.safeParse(commandWords(splitWords(word))).success, word).toBe(false);
      expect(customersCommand.args.safeParse(commandWords(splitWords(`${word}:x`))).success, word).toBe(false);
      expect(ownEntry({ meetings: 1 }, word), word).toBeUndefined();
    }
    expect(kpisCommand.args.safeParse(commandWords(splitWords("calling"))).success).toBe(true);
  });
});
