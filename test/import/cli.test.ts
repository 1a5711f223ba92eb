// `npm run import` as an operator runs it: a real process on a fresh SQLite file.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, expect, it } from "vitest";
import { openStore } from "../../domain/store/client.js";
import { createTestSqlite } from "../support/sqlite.js";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const sqlite = createTestSqlite();
afterAll(() => sqlite.remove());

const cli = (...args: string[]) =>
  run(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "bot/cli/import.ts"), ...args], {
    cwd: root, env: { ...process.env, DATABASE_URL: sqlite.url, LOG_LEVEL: "silent" },
  }).then((r) => ({ code: 0, ...r }), (e: { code: number; stdout: string; stderr: string }) => e);

it("imports a report into a fresh SQLite file, then refuses a bad one and leaves the store alone", async () => {
  const good = await cli(path.join(root, "test/fixtures/reports/subscription-details-bom-crlf.csv"));
  expect(good.code).toBe(0);
  expect(good.stdout).toContain("4 rows read from the Subscription details report.");
  expect(good.stdout).toContain("Subscriptions: 4 created, 0 updated, 0 unchanged.");

  const bad = await cli(path.join(root, "test/fixtures/reports/subscription-details-bad-rows.csv"), "--kind", "subscription-details");
  expect(bad.code).toBe(1);
  expect(bad.stdout).toContain('Line 3, column "Total Users in Org": "ten" is not a whole number such as 12.');

  const store = await openStore(sqlite.url);
  try {
    expect(await store.db.subscription.count()).toBe(4);
    expect(await store.db.importBatch.findMany({ select: { source: true, kind: true } })).toEqual([{ source: "cli", kind: "subscription-details" }]);
  } finally {
    await store.close();
  }
});

it("explains a wrong --kind before touching any file", async () => {
  const wrong = await cli("whatever.csv", "--kind", "invoices");
  expect(wrong.code).toBe(2);
  expect(wrong.stderr).toContain("--kind must be one of subscription-details, calling-usage, call-queue-stats, call-history");
});
