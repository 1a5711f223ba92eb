// Importing a 50,000-row subscription details report into a fresh SQLite store (target: 5 s),
// then the same file again (every row unchanged), with the process's peak memory.
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fixedClock } from "../domain/clock.js";
import { importReport } from "../domain/import/index.js";
import { SUBSCRIPTION_DETAILS_HEADER } from "../domain/import/kinds/subscriptionDetails.js";
import { openStore } from "../domain/store/client.js";
import { ms, writeBenchmarkSection } from "./support.js";

const ROWS = 50_000;
const SUBSCRIPTIONS_PER_CUSTOMER = 2;

function report(rows: number): Buffer {
  const lines = [SUBSCRIPTION_DETAILS_HEADER.join(",")];
  for (let i = 0; i < rows; i++) {
    const customer = Math.floor(i / SUBSCRIPTIONS_PER_CUSTOMER);
    const orgId = `00000000-0000-4000-8000-${customer.toString(16).padStart(12, "0")}`;
    const total = 10 + (i % 90);
    lines.push([
      "2026-11-20", `"Customer ${customer}, Ltd."`, orgId, i % 13 === 0 ? "Expired" : "Active", `Sub-${i}`, i % 7 === 0 ? "Trial" : "Named User",
      String(total * 2), String(total * 2 - 1), i % 2 ? "Yes" : "No", `2027-0${1 + (i % 9)}-15`,
      String(total), String(total - 3), String(total - 9), String(total), String(total + (i % 5)), String(total - 4), "", "", "",
    ].join(","));
  }
  return Buffer.from(`\ufeff${lines.join("\r\n")}\r\n`);
}

const dir = mkdtempSync(path.join(tmpdir(), "partnerhub-bench-"));
const store = await openStore(`file:${path.join(dir, "bench.db")}`);
try {
  const bytes = report(ROWS);
  const clock = fixedClock("2026-11-23T10:00:00Z");
  const run = async () => {
    const start = process.hrtime.bigint();
    const outcome = await importReport({ db: store.db, bytes, fileName: "bench.csv", actor: "bench", source: "cli", clock });
    if (!outcome.ok) throw new Error(`refused: ${outcome.refusal}`);
    return { ms: Number(process.hrtime.bigint() - start) / 1e6, outcome };
  };
  const first = await run();
  const again = await run();
  const peakMiB = process.resourceUsage().maxRSS / 1024;
  const markdown = [
    "## Import (`bench/import.bench.ts`)",
    "",
    `A Subscription details CSV of ${ROWS.toLocaleString("en")} rows (${(bytes.length / 2 ** 20).toFixed(1)} MB, ${(ROWS / SUBSCRIPTIONS_PER_CUSTOMER).toLocaleString("en")} customers, 2 license lines per row) through \`importReport\` on a fresh SQLite file: parse, zod validation, one transaction, rollups.`,
    "",
    "| run | wall time | created / updated / unchanged subscriptions | target |",
    "|---|---|---|---|",
    `| first import (empty store) | ${ms(first.ms)} ms | ${first.outcome.subscriptions.created} / ${first.outcome.subscriptions.updated} / ${first.outcome.subscriptions.unchanged} | ≤ 5,000 ms |`,
    `| same file again | ${ms(again.ms)} ms | ${again.outcome.subscriptions.created} / ${again.outcome.subscriptions.updated} / ${again.outcome.subscriptions.unchanged} | |`,
    "",
    `Peak resident memory of the process: ${peakMiB.toFixed(0)} MiB (the CSV text, its parsed rows and each insert batch's JSON are in memory at once).`,
    `Load average while measuring: ${loadavg().map((l) => l.toFixed(1)).join(" / ")} (other work on the machine inflates these times).`,
  ].join("\n");
  writeBenchmarkSection("import", markdown);
  console.log(markdown);
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
