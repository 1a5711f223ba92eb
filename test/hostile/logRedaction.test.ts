// At LOG_LEVEL=trace (everything, the operator's worst case) nothing a person wrote and no token
// reaches the log or the console: the whole bot against the sandbox, over HTTP; then the
// redaction of the framework's and the webex SDK's lines (websocket mode) on the shapes those
// libraries write.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createLogger, logForeign } from "../../bot/log.js";
import { loadConfig } from "../../bot/config.js";
import { startTestRun, type TestRun } from "../support/local.js";
import { ANA } from "../commands/support.js";

const MARKER = "ZQXMARK";
const TOKEN = /[0-9a-f]{48}_PF84_/;

function capture(level = "trace") {
  const lines: string[] = [];
  return { lines, log: createLogger(level, { write: (line: string) => { lines.push(line); } }) };
}

describe("log lines at trace level", () => {
  let run: TestRun;
  const { lines, log } = capture();
  const printed: string[] = [];

  beforeAll(async () => {
    for (const method of ["log", "info", "warn", "error", "debug", "trace"] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => { printed.push(args.map(String).join(" ")); });
    }
    run = await startTestRun({ demoCustomers: 5, log });
  });
  afterAll(async () => {
    await run?.dispose();
    vi.restoreAllMocks();
  });

  it("keep what people wrote, in a direct space and in a group space, out of every line", async () => {
    await run.ask(ANA, `customer ${MARKER}one`);
    const group = run.sandbox.rooms().find((r) => r.type === "group")!;
    const answered = run.sandbox.waitForBotMessage(group.id, undefined, 15_000);
    await run.sandbox.say({ roomId: group.id, personEmail: ANA, text: `customers "tag:${MARKER}two" it's`, mentionBot: true });
    await answered;

    // Webhook mode reads events through our own client (the framework serves websocket mode):
    // the lines are ours, about the command, never its text.
    expect(lines.some((line) => line.includes("\"msg\":\"command\"")), "the commands are logged").toBe(true);
    expect(lines.filter((line) => line.includes(MARKER)), "no line carries message text").toEqual([]);
    expect(printed.filter((line) => line.includes(MARKER)), "nothing printed to the console carries it either").toEqual([]);
    expect([...lines, ...printed].filter((line) => TOKEN.test(line)), "no token anywhere").toEqual([]);
  });
});

describe("a library's line", () => {
  it("loses quoted words, however they nest, e-mail addresses and bearer tokens, at every level", () => {
    for (const level of ["trace", "debug", "info"] as const) {
      const { lines, log } = capture(level);
      logForeign(log, "framework", level, [`(Messsage Received) "Ana's room" "ana@partner.example" "say "${MARKER}" it's 'x' there"`]);
      logForeign(log, "webex-sdk", level, ["Response: ", { items: [{ text: `customer ${MARKER}`, markdown: `**${MARKER}**`, personEmail: "ana@partner.example" }], headers: { authorization: "Bearer abc123" } }]);
      logForeign(log, "webex-sdk", level, [new Error(`request failed for ${MARKER}@customer.example`), "Authorization: Bearer abc123"]);
      expect(lines, level).toHaveLength(3);
      expect(lines.join("\n"), level).not.toMatch(new RegExp(`${MARKER}|ana@partner|abc123`));
      expect(lines[0], "the library's own words stay").toContain("(Messsage Received)");
    }
  });
});

describe("the setting that would make the SDK print requests to the console", () => {
  it("stops start-up with a sentence", () => {
    expect(() => loadConfig({ ENABLE_VERBOSE_NETWORK_LOGGING: "1" })).toThrow(/ENABLE_VERBOSE_NETWORK_LOGGING must not be set/);
    expect(loadConfig({}).LOG_LEVEL).toBe("info");
  });
});
