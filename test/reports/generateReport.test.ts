// Reports written by the worker process (bot/reports/generateReport.ts) on both engines: the
// same file as written in the bot's own process, the scope and filters of who asked, a clear
// error when the worker cannot do the job, and several reports at once all delivered.
import { readFileSync } from "node:fs";
import { beforeAll, expect, it } from "vitest";
import { describeEachEngine } from "../support/engines.js";
import { writeReportCsv } from "../../domain/reports/csvReport.js";
import { refreshCustomerRollups } from "../../domain/analytics/rollups.js";
import { generateReport } from "../../bot/reports/generateReport.js";
import { parseCsv } from "./parseCsv.js";
import { FULL, NOW, template } from "./support.js";
import { daysFrom, makeCallQueueWeek, makeCustomer, makeSubscription } from "../domain/analytics/factories.js";


describeEachEngine("reports written by a worker process", (getStore) => {
  beforeAll(async () => {
    const { db } = getStore();
    await makeCustomer(db, { id: "c-evil", name: "=cmd|' /C calc'!A0", region: "EU" });
    await makeCustomer(db, { id: "c-acme", name: "Acme Ñandú GmbH", region: "US" });
    await makeSubscription(db, { id: "s-1", customerId: "c-evil", startAt: daysFrom(NOW, -400), endAt: daysFrom(NOW, 20), lines: [{ product: "meetings", total: 10, assigned: 12, used: 5 }] });
    for (let i = 0; i < 5; i++) {
      await makeSubscription(db, { id: `s-a${i}`, customerId: "c-acme", startAt: daysFrom(NOW, -100), endAt: daysFrom(NOW, 30 + i), autoRenew: i % 2 === 0, lines: [{ product: "calling_professional", total: 10, assigned: i, used: 1 }] });
    }
    await makeCallQueueWeek(db, "c-acme", new Date("2026-11-16T00:00:00Z"), { totalCalls: 100, answered: 80, abandoned: 20, answerWaitSeconds: 800, abandonWaitSeconds: 300 });
    await refreshCustomerRollups(db);
  });

  it("writes the same CSV as the bot's own process would, for every template", async () => {
    const { db } = getStore();
    for (const id of ["subscriptions", "call-queues", "expiring", "overage"]) {
      const query = { db, now: NOW, viewer: FULL, filter: {}, family: "meetings" as const, pageSize: 2 };
      const chunks: string[] = [];
      await writeReportCsv(template(id), query, (chunk) => { chunks.push(chunk); });
      const file = await generateReport(template(id), query, "Europe/Madrid");
      expect(readFileSync(file.path, "utf8"), id).toBe(chunks.join(""));
      expect(file.name).toMatch(new RegExp(`^${template(id).name}_[A-Za-z0-9]{10}_2026-11-23\\.csv$`));
      expect(file.workerPeakRssBytes, "the worker reports its peak memory").toBeGreaterThan(10 * 2 ** 20);
    }
  });

  it("keeps the filter and neutralises formula-looking names", async () => {
    const file = await generateReport(template("subscriptions"), { db: getStore().db, now: NOW, viewer: FULL, filter: { region: "EU" }, family: "meetings" }, "UTC");
    const rows = parseCsv(readFileSync(file.path, "utf8"));
    expect(rows.slice(1).map((row) => row[1])).toEqual(["'=cmd|' /C calc'!A0"]);
    expect(file.rows).toBe(1);
  });

  it("says what went wrong when the worker cannot write the report", async () => {
    const unknown = { ...template("subscriptions"), id: "no-such-template" };
    await expect(generateReport(unknown, { db: getStore().db, now: NOW, viewer: FULL, filter: {}, family: "meetings" }, "UTC"))
      .rejects.toThrow("no report template no-such-template");
  });

  it("delivers every report when more are asked for than workers run at once", async () => {
    const query = { db: getStore().db, now: NOW, viewer: FULL, filter: {}, family: "meetings" as const };
    const files = await Promise.all([1, 2, 3, 4].map(() => generateReport(template("subscriptions"), query, "UTC")));
    expect(files.map((file) => file.rows)).toEqual([6, 6, 6, 6]);
    expect(new Set(files.map((file) => file.path)).size).toBe(4);
  });
});
