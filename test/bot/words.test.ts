import { describe, expect, it } from "vitest";
import { commandWords, editDistance, splitWords } from "../../bot/routing/words.js";
import { closestCommand } from "../../bot/routing/router.js";
import { defaultTables } from "../../bot/tables.js";
import { textWithoutMention } from "../../bot/webex/framework.js";

describe("reading command text", () => {
  it("keeps quoted words together and turns key:value words into options", () => {
    expect(commandWords(splitWords(`customer "Northwind Dental" region:eu Status:trial`))).toEqual({
      positional: ["customer", "Northwind Dental"],
      options: { region: "eu", status: "trial" },
    });
  });

  it("does not mistake an email address for an option", () => {
    expect(commandWords(splitWords("find mailto:ana@x.example"))).toEqual({ positional: ["find", "mailto:ana@x.example"], options: {} });
  });

  it("measures edit distance", () => {
    expect(editDistance("custmers", "customers")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
  });

  it("suggests the command a typo most likely meant, and nothing for gibberish", () => {
    expect(closestCommand(defaultTables, "custmers")).toBe("customers");
    expect(closestCommand(defaultTables, "HELP")).toBe("help");
    expect(closestCommand(defaultTables, "cust")).toBe("customers");
    expect(closestCommand(defaultTables, "zqxjvw")).toBeUndefined();
  });

  it("drops the bot's @mention that Webex puts before a command in a group space", () => {
    const bot = { id: "BOT", displayName: "Partner Hub bot" };
    expect(textWithoutMention({ text: "Partner Hub bot customers region:EU" }, bot)).toBe("customers region:EU");
    expect(textWithoutMention({ text: "Partner  help", html: '<p><spark-mention data-object-type="person" data-object-id="BOT">Partner</spark-mention> help</p>' }, bot)).toBe("help");
    expect(textWithoutMention({ text: "  customers  " }, bot)).toBe("customers");
  });
});
