// The calling-quality and calling-features CSV reports on both engines, from the calling fixture:
// one row per customer and week of the last 8 complete weeks, the seed's naming and columns.
import { beforeAll, expect, it } from "vitest";
import { findTemplate, type ReportTemplate } from "../../domain/reports/templates.js";
import { reportFile } from "../../domain/reports/csvReport.js";
import { describeEachEngine } from "../support/engines.js";
import { parseCsv } from "../reports/parseCsv.js";
import { full, NOW, seedCalling } from "./fixture.js";

const template = (word: string): ReportTemplate => {
  const found = findTemplate(word);
  if (found?.kind !== "report") throw new Error(`no template ${word}`);
  return found.template;
};

describeEachEngine("calling reports", (getStore) => {
  beforeAll(async () => { await seedCalling(getStore().db); });
  const csv = async (word: string, filter = {}) =>
    parseCsv((await reportFile(template(word), { db: getStore().db, now: NOW, viewer: full, filter, family: "calling" }, "UTC")).content.toString());

  it("writes call quality per customer and week: the report's counts and the measured legs beside them", async () => {
    const file = await reportFile(template("calling-quality"), { db: getStore().db, now: NOW, viewer: full, filter: {}, family: "calling" }, "UTC");
    expect(file.name).toMatch(/^Call quality_[A-Za-z0-9]{10}_2026-03-04\.csv$/);
    const [header, ...rows] = await csv("quality");
    expect(header!.slice(0, 9)).toEqual(["Customer Name", "Org ID", "Week Start", "Total Calls", "Total Poor Quality Calls", "Poor Quality Calls (%)", "Measured Call Legs", "Poor Quality Call Legs", "Poor Quality Call Legs (%)"]);
    const cells = (name: string, week: string) => rows.find((r) => r[0] === name && r[2] === week)?.slice(3, 13);
    expect(cells("Alpha", "2026-02-23")).toEqual(["100", "3", "3", "100", "10", "10", "60", "2", "0", "0"]);
    // Delta has no measured legs: those cells are empty, not zero.
    expect(cells("Delta", "2026-02-23")).toEqual(["50", "5", "10", "", "", "", "", "", "", ""]);
    expect(rows.map((r) => `${r[0]} ${r[2]}`)).toEqual(["Alpha 2026-02-16", "Alpha 2026-02-23", "Bravo 2026-02-16", "Bravo 2026-02-23", "Charlie 2026-02-16", "Delta 2026-02-23"]);
  });

  it("writes calls by feature for customers with call queues, as the view counts them", async () => {
    const [header, ...rows] = await csv("calling-features");
    expect(header).toEqual(["Customer Name", "Org ID", "Week Start", "Total Calls", "Calls - Hunt Group", "Calls - Auto Attendant", "Call Queue - Total Calls", "Calls Using a Feature (%)"]);
    expect(rows.map((r) => [r[0], r[2], ...r.slice(3)])).toEqual([["Alpha", "2026-02-23", "100", "5", "5", "10", "20"], ["Bravo", "2026-02-23", "90", "0", "9", "0", "10"]]);
    expect((await csv("calling-features", { region: "EU" })).slice(1).map((r) => r[0])).toEqual(["Bravo"]);
  });
});
