// The import worker: the same importReport in a process of its own, its outcome and progress
// back over IPC, one import at a time per store (the second waits and is told so, but not when
// the one before has already answered).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { runImport } from "../../bot/imports/runImport.js";
import { databaseUrlOf } from "../../domain/store/rowReader.js";
import { describeEachEngine } from "../support/engines.js";
import { fixture, subscriptionDetailsCsv } from "./support.js";

const dir = mkdtempSync(path.join(tmpdir(), "partnerhub-worker-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeEachEngine("imports in a worker process", (getStore) => {
  it("runs two imports of one store one after the other, telling the second it waits", async () => {
    const first = path.join(dir, "first.csv");
    const second = path.join(dir, "second.csv");
    writeFileSync(first, fixture("subscription-details-bom-crlf.csv"));
    writeFileSync(second, subscriptionDetailsCsv(Array.from({ length: 300 }, () => ({}))));
    const job = { databaseUrl: databaseUrlOf(getStore().db)!, actor: "ana@partner.example", source: "space" as const, now: new Date("2026-11-23T10:00:00Z"), maxBytes: 2 ** 20 };
    let waited = false;
    const progress: string[] = [];
    const [a, b] = await Promise.all([
      runImport({ ...job, path: first, fileName: "first.csv" }),
      runImport({ ...job, path: second, fileName: "second.csv" }, { onWaiting: () => { waited = true; }, onProgress: (p) => progress.push(p.phase) }),
    ]);
    expect(waited).toBe(true);
    expect(a.outcome).toMatchObject({ ok: true, fileName: "first.csv", subscriptions: { created: 4 } });
    expect(b.outcome).toMatchObject({ ok: true, fileName: "second.csv", rowsRead: 300, subscriptions: { created: 300 } });
    expect(progress).toEqual(["reading", "saving"]);
    expect(b.workerPeakRssBytes).toBeGreaterThan(0);
    expect(await getStore().db.importBatch.count()).toBe(2);
  }, 120_000);

  it("does not tell a file dropped right after a result that it waits, while the last worker only tidies up", async () => {
    const file = path.join(dir, "again.csv");
    writeFileSync(file, fixture("subscription-details-bom-crlf.csv"));
    const job = { databaseUrl: databaseUrlOf(getStore().db)!, actor: "ana@partner.example", source: "space" as const, now: new Date("2026-11-23T10:00:00Z"), maxBytes: 2 ** 20, path: file, fileName: "again.csv" };
    await runImport(job);
    let waited = false;
    const next = await runImport(job, { onWaiting: () => { waited = true; } });
    expect(next.outcome).toMatchObject({ ok: true, fileName: "again.csv" });
    expect(waited).toBe(false);
    await next.ended;
  }, 120_000);
});
