import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { parseSeedCommand } from "../../prisma/seed/cli-options.js";
import { createTestSqlite } from "../support/sqlite.js";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const tsx = path.join(root, "node_modules/.bin/tsx");
const cli = path.join(root, "prisma/seed/cli.ts");

async function seedCommand(args: string[], databaseUrl: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(tsx, [cli, ...args], { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("seed command flags", () => {
  it("reads --customers, --seed and --reset, with defaults", () => {
    expect(parseSeedCommand(["--customers", "25", "--seed", "7", "--reset"], { DATABASE_URL: "file:x.db" }))
      .toEqual({ ok: true, command: { customers: 25, seed: 7, reset: true, help: false, databaseUrl: "file:x.db" } });
    expect(parseSeedCommand([], {})).toMatchObject({ ok: true, command: { customers: 300, seed: 1, reset: false, databaseUrl: "file:./data/partnerhub.db" } });
  });

  it.each([
    [["--customers", "ten"], /--customers must be a whole number from 1 to 100000; you gave "ten"/],
    [["--customers", "0"], /--customers must be a whole number/],
    [["--customers", "2.5"], /--customers must be a whole number/],
    [["--seed", "-3"], /--seed/],
    [["--custmers", "5"], /--custmers is not an option of the seed command/],
    [["--customers"], /--customers needs a value/],
    [["300"], /"300" is not an option/],
  ])("refuses %j with a sentence", (args, sentence) => {
    const result = parseSeedCommand(args, {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(sentence);
  });

  it("refuses a DATABASE_URL that names no engine", () => {
    const result = parseSeedCommand([], { DATABASE_URL: "mysql://localhost/x" });
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/DATABASE_URL must start with file:/) });
  });
});

describe("npm run seed", () => {
  const file = createTestSqlite();
  afterAll(() => file.remove());

  it("exits with 2 and a sentence, not a stack trace, on a wrong flag", async () => {
    const result = await seedCommand(["--customers", "lots"], file.url);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--customers must be a whole number from 1 to 100000; you gave "lots"\./);
    expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it("seeds, refuses to seed a store with customers, and replaces them with --reset", async () => {
    const first = await seedCommand(["--customers", "20"], file.url);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Wrote 20 customers, \d+ subscriptions and \d+ rows in all to SQLite .* in [\d.]+ s/);
    const refused = await seedCommand(["--customers", "20"], file.url);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/already holds 20 customers, so nothing was written\. Run again with --reset/);
    const reset = await seedCommand(["--customers", "15", "--reset"], file.url);
    expect(reset.code).toBe(0);
    expect(reset.stdout).toMatch(/Wrote 15 customers/);
  });
});
