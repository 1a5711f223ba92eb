// A partner's real size: a 200,000-row Subscription details export dropped in a space imports in
// the import worker, with one status message edited as it goes and then the result card; the
// bot (in a process of its own, measured from outside) keeps answering /healthz. A worker killed
// with SIGKILL mid-import lands nothing, and the space is told.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "../../domain/store/client.js";
import { freshStore } from "../support/engines.js";
import { startBotProcess, type BotProcess } from "../support/measuredBot.js";
import { writeSubscriptionDetails } from "../support/reportFile.js";

const ANA = "ana.silva@partner.example";
const ROWS = 200_000;

/** The import worker forked by the bot process, once it runs. */
async function importWorkerOf(botPid: number, timeoutMs = 60_000): Promise<number> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await new Promise((r) => setTimeout(r, 100))) {
    let listing = "";
    try {
      listing = execFileSync("ps", ["-o", "pid=,args=", "--ppid", String(botPid)], { encoding: "utf8" });
    } catch { /* no children yet: ps exits 1 */ }
    const line = listing.split("\n").find((l) => l.includes("importWorker"));
    if (line) return Number(line.trim().split(/\s+/)[0]);
  }
  throw new Error("no import worker was started");
}

describe("a 200,000-row report dropped in a space", () => {
  let bot: BotProcess;
  let database: Awaited<ReturnType<typeof freshStore>>;
  let store: Store;
  const dir = mkdtempSync(path.join(tmpdir(), "partnerhub-large-"));
  beforeAll(async () => {
    // PostgreSQL: its landing transaction locks only the rows it writes. On SQLite the landing holds
    // the file's write lock, and a write of the bot's own meanwhile (inbox, outbox) waits in the
    // synchronous driver's busy timeout, on the event loop: see BENCHMARKS.md's import section.
    database = await freshStore("postgres");
    await database.store.close();
    bot = await startBotProcess({ databaseUrl: database.url });
    store = await openStore(database.url);
  }, 120_000);
  afterAll(async () => {
    await store?.close();
    await bot?.stop();
    await database?.dispose().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  });

  it("imports in the worker, edits one status message with its progress, then answers with the result", async () => {
    const file = path.join(dir, "Subscription details_big_2026-11-20.csv");
    await writeSubscriptionDetails(file, ROWS);
    const stop = bot.watch(200);
    const answer = await bot.drop(ANA, "Subscription details_big_2026-11-20.csv", file, 600_000);
    const measured = await stop();
    expect(answer.text).toContain("Import complete");
    expect(answer.text).toContain(`${ROWS} rows read from the Subscription details report`);
    // One status message, posted once the size said "long", then edited in place (at most 9 times).
    expect(answer.status).toHaveLength(1);
    const [status] = answer.status;
    expect(answer.edits.length).toBeGreaterThan(0);
    for (const edit of answer.edits) expect(edit.text).toMatch(/^Importing Subscription details… ([\d,]+ of ~[\d,]+ rows|all 200,000 rows are valid; saving them\.)$/);
    expect(answer.edits.length).toBeLessThanOrEqual(9);
    expect(answer.edits.every((e) => e.messageId === status!.id)).toBe(true);
    expect(answer.edits.at(-1)!.text).toBe("Importing Subscription details… all 200,000 rows are valid; saving them.");
    expect(status!.text).toBe(answer.edits.at(-1)!.text);
    expect(await store.db.subscription.count({ where: { id: { startsWith: "Sub-0-" } } })).toBe(ROWS);
    expect(measured.healthFailures).toBe(0);
  }, 900_000);

  it("lands nothing when the worker is killed mid-import, and tells the space", async () => {
    const before = { subscriptions: await store.db.subscription.count(), customers: await store.db.customer.count(), batches: await store.db.importBatch.count() };
    const file = path.join(dir, "Subscription details_more.csv");
    await writeSubscriptionDetails(file, ROWS, 1_000_000);
    const answer = bot.drop(ANA, "Subscription details_more.csv", file, 600_000);
    const worker = await importWorkerOf(bot.pid);
    // Well into reading (a few seconds of a minute's work), then the hardest stop there is.
    await new Promise((r) => setTimeout(r, 3000));
    process.kill(worker, "SIGKILL");
    const said = await answer;
    expect(said.text).toContain("Nothing was imported from Subscription details_more.csv");
    expect(said.text).toContain("The import stopped before it finished");
    expect({ subscriptions: await store.db.subscription.count(), customers: await store.db.customer.count(), batches: await store.db.importBatch.count() }).toEqual(before);
  }, 900_000);
});
