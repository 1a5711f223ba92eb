// Configuration is read once; a missing or malformed variable stops start-up with a sentence
// that names it, and never echoes a secret.
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, runModeOf } from "../../bot/config.js";

const problemsOf = (env: NodeJS.ProcessEnv): string[] => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

describe("configuration", () => {
  it("runs on the embedded default with nothing set: sandbox, SQLite, demo data", () => {
    const config = loadConfig({});
    expect(runModeOf(config)).toBe("sandbox");
    expect(config.DATABASE_URL).toBe("file:./data/partnerhub.db");
    expect(config.WEBEX_API_URL).toBe("https://webexapis.com/v1");
    expect(config.TIME_ZONE).toBe("UTC");
    expect(config.PARTNER_ADMINS).toEqual([]);
  });

  it("chooses webhook mode with a token and WEBHOOK_URL, websocket mode with a token alone", () => {
    const token = "abc_PF84_org";
    expect(runModeOf(loadConfig({ WEBEX_BOT_TOKEN: token, WEBHOOK_URL: "https://bot.example.com/webhook", WEBHOOK_SECRET: "x".repeat(20) }))).toBe("webhook");
    expect(runModeOf(loadConfig({ WEBEX_BOT_TOKEN: token }))).toBe("websocket");
  });

  it("parses PARTNER_ADMINS, read-only when the role is omitted", () => {
    const config = loadConfig({ PARTNER_ADMINS: "Ana@Partner.example:full, ben@partner.example:sales-full,chen@partner.example" });
    expect(config.PARTNER_ADMINS).toEqual([
      { email: "ana@partner.example", role: "full" },
      { email: "ben@partner.example", role: "sales-full" },
      { email: "chen@partner.example", role: "readonly" },
    ]);
  });

  it("names each wrong variable and what it should be", () => {
    const problems = problemsOf({ DATABASE_URL: "mysql://db", PORT: "eighty", TIME_ZONE: "Mars/Olympus", PARTNER_ADMINS: "ana@partner.example:boss" });
    expect(problems).toEqual([
      'PORT must be a port number from 0 to 65535 (it is "eighty")',
      'DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL) (it is "mysql://db")',
      'PARTNER_ADMINS (entry 1) role must be one of full, admin, readonly, sales-full, sales (it is "ana@partner.example:boss")',
      'TIME_ZONE must be an IANA time zone such as Europe/Madrid (it is "Mars/Olympus")',
    ]);
  });

  it("requires a secret and a token with WEBHOOK_URL", () => {
    const problems = problemsOf({ WEBHOOK_URL: "https://bot.example.com/webhook" });
    expect(problems).toEqual([
      "WEBHOOK_SECRET is required when WEBHOOK_URL is set (Webex signs every event with it)",
      "WEBEX_BOT_TOKEN is required when WEBHOOK_URL is set",
    ]);
  });

  it("never repeats a token or a secret in its sentences", () => {
    const problems = problemsOf({ WEBHOOK_URL: "https://bot.example.com/webhook", WEBHOOK_SECRET: "short-secret", WEBEX_BOT_TOKEN: "tok_PF84_org" });
    expect(problems.join("\n")).toMatch(/WEBHOOK_SECRET must be at least 16 characters/);
    expect(problems.join("\n")).not.toContain("short-secret");
  });
});
