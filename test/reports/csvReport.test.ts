// Reports from a real store (SQLite and PostgreSQL): headers as Partner Hub names them, every
// row across pages, formula-looking text neutralised, and a sales admin's file holding only
// their customers.
import { beforeAll, describe, expect, it } from "vitest";
import { describeEachEngine } from "../support/engines.js";
import { REPORT_TEMPLATES } from "../../domain/reports/templates.js";
import { reportFile, reportFileName, writeReportCsv } from "../../domain/reports/csvReport.js";
import { neutraliseCell } from "../../domain/reports/neutralise.js";
import type { Viewer } from "../../domain/analytics/filter.js";
import { refreshCustomerRollups } from "../../domain/analytics/rollups.js";
import { parseCsv } from "./parseCsv.js";
import { FULL, NOW, template } from "./support.js";
import { daysFrom, makeAdmin, makeCallQueueWeek, makeCustomer, makeSubscription } from "../domain/analytics/factories.js";


describe("neutraliseCell", () => {
  it("prefixes every formula start with a quote and leaves ordinary text alone", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r", "\n"]) expect(neutraliseCell(`${start}SUM(A1)`)).toBe(`'${start}SUM(A1)`);
    expect(neutraliseCell("Acme = Widgets")).toBe("Acme = Widgets");
    expect(neutraliseCell("")).toBe("");
  });

  it("names files <Template Name>_<alphanumeric id>_<download date in the space's zone>.csv", () => {
    expect(reportFileName(template("subscriptions"), new Date("2026-11-23T23:30:00Z"), "Asia/Tokyo", "a1B2c3"))
      .toBe("Subscription details_a1B2c3_2026-11-24.csv");
    expect(reportFileName(template("expiring"), NOW, "UTC")).toMatch(/^About to expire_[A-Za-z0-9]{10}_2026-11-23\.csv$/);
  });
});

describeEachEngine("reports", (getStore) => {
  let salesViewer: Viewer;
  beforeAll(async () => {
    const { db } = getStore();
    await makeCustomer(db, { id: "c-evil", name: '=HYPERLINK("http://x","click")', region: "EU" });
    await makeCustomer(db, { id: "c-acme", name: "Acme, \"Ltd\"", region: "US" });
    await makeCustomer(db, { id: "c-zeta", name: "Zeta GmbH", region: "EU" });
    await makeSubscription(db, { id: "s-1", customerId: "c-evil", startAt: daysFrom(NOW, -400), endAt: daysFrom(NOW, 20), lines: [{ product: "meetings", total: 10, assigned: 12, used: 5 }] });
    await makeSubscription(db, { id: "s-2", customerId: "c-acme", startAt: daysFrom(NOW, -400), endAt: daysFrom(NOW, 200), autoRenew: true, lines: [{ product: "calling_professional", total: 50, assigned: 40, used: 30 }, { product: "meetings", total: 5, assigned: 5, used: 1 }] });
    for (let i = 0; i < 7; i++) {
      await makeSubscription(db, { id: `s-z${i}`, customerId: "c-zeta", type: i % 2 ? "trial" : "subscription", startAt: daysFrom(NOW, -100), endAt: daysFrom(NOW, 60 + i), lines: [{ product: "calling_standard", total: 10, assigned: i, used: 0 }] });
    }
    await makeCallQueueWeek(db, "c-acme", new Date("2026-11-16T00:00:00Z"), { totalCalls: 100, answered: 80, abandoned: 20, answerWaitSeconds: 800, abandonWaitSeconds: 300 });
    await refreshCustomerRollups(db);
    const adminId = await makeAdmin(db, "eli@partner.example", "sales", ["c-acme"]);
    salesViewer = { email: "eli@partner.example", role: "sales", adminId };
  });

  it("writes the subscription details with Partner Hub's headers and one row per subscription, across keyset pages", async () => {
    const chunks: string[] = [];
    const rows = await writeReportCsv(template("subscriptions"), { db: getStore().db, now: NOW, viewer: FULL, filter: {}, family: "meetings", pageSize: 3 }, (c) => { chunks.push(c); });
    const csv = parseCsv(chunks.join(""));
    expect(csv[0]!.slice(0, 10)).toEqual(["Calculation Date", "Customer Name", "User Org ID", "Subscription Status", "Subscription ID", "Subscription Type", "Total Users in Org", "Total Verified Users", "Auto-Renew Enabled", "Expiration/Renewal Date"]);
    expect(csv[0]).toContain("Calling Professional License (Assigned)");
    expect(rows).toBe(9);
    expect(csv.slice(1).map((r) => r[4])).toEqual(["s-1", "s-2", "s-z0", "s-z1", "s-z2", "s-z3", "s-z4", "s-z5", "s-z6"]);
    const acme = csv.find((r) => r[4] === "s-2")!;
    const header = csv[0]!;
    expect(acme[1]).toBe('Acme, "Ltd"');
    expect(acme[header.indexOf("Auto-Renew Enabled")]).toBe("Yes");
    // Available is what the org was provisioned (bought), as Partner Hub's report defines it.
    expect(acme[header.indexOf("Calling Professional License (Available)")]).toBe("50");
    expect(acme[header.indexOf("Calling Standard License (Assigned)")]).toBe("");
    expect(csv.find((r) => r[4] === "s-z1")![5]).toBe("Trial");
  });

  it("neutralises a formula-looking customer name", async () => {
    const file = await reportFile(template("subscriptions"), { db: getStore().db, now: NOW, viewer: FULL, filter: {}, family: "meetings" }, "UTC");
    const evil = parseCsv(file.content.toString("utf8")).find((r) => r[4] === "s-1")!;
    expect(evil[1]).toBe(`'=HYPERLINK("http://x","click")`);
    expect(file.content.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it("gives a sales admin only the customers assigned to them, and honours the region filter", async () => {
    const db = getStore().db;
    const sales = parseCsv((await reportFile(template("subscriptions"), { db, now: NOW, viewer: salesViewer, filter: {}, family: "meetings" }, "UTC")).content.toString());
    expect(sales.slice(1).map((r) => r[2])).toEqual(["c-acme"]);
    const eu = parseCsv((await reportFile(template("subscriptions"), { db, now: NOW, viewer: FULL, filter: { region: "EU" }, family: "meetings" }, "UTC")).content.toString());
    expect(new Set(eu.slice(1).map((r) => r[2]))).toEqual(new Set(["c-evil", "c-zeta"]));
  });

  it("reports the expiring section and call-queue weeks from the analytics", async () => {
    const db = getStore().db;
    const expiring = parseCsv((await reportFile(template("expiring"), { db, now: NOW, viewer: FULL, filter: {}, family: "calling" }, "UTC")).content.toString());
    expect(expiring[0]).toEqual(["Customer Name", "Org ID", "Subscription ID", "End Date", "Days Until Expiry", "Total Licenses", "Used", "Assigned", "Available", "Usage Over the Last 3 Months"]);
    expect(expiring.slice(1).map((r) => r[2])).toEqual(["s-z0", "s-z1", "s-z2", "s-z3", "s-z4", "s-z5", "s-z6"]);
    const queues = parseCsv((await reportFile(template("call-queues"), { db, now: NOW, viewer: FULL, filter: {}, family: "meetings" }, "UTC")).content.toString());
    expect(queues[1]).toEqual(['Acme, "Ltd"', "c-acme", "2026-11-16", "100", "80", "20", "0", "0", "0", "10", "15", "20"]);
  });

  it("pages call-queue weeks and calling usage by their keys without losing or repeating a row", async () => {
    const db = getStore().db;
    for (const week of ["2026-11-02", "2026-11-09", "2026-11-16"]) {
      await makeCallQueueWeek(db, "c-zeta", new Date(`${week}T00:00:00Z`), { totalCalls: 10, answered: 9, abandoned: 1, answerWaitSeconds: 90, abandonWaitSeconds: 5 });
      for (const location of ["Berlin", "Munich"]) {
        await db.callingUsage.create({ data: { customerId: "c-zeta", location, periodStart: new Date(`${week}T00:00:00Z`), periodEnd: new Date(`${week}T00:00:00Z`), totalCalls: 3, callMinutes: 4.5, poorQuality: 0, metrics: "{}" } });
      }
    }
    for (const id of ["call-queues", "calling-usage"]) {
      const csvWith = async (pageSize?: number) => {
        const chunks: string[] = [];
        await writeReportCsv(template(id), { db, now: NOW, viewer: FULL, filter: {}, family: "meetings", pageSize }, (c) => { chunks.push(c); });
        return parseCsv(chunks.join(""));
      };
      const whole = await csvWith();
      expect(whole.length - 1, id).toBe(id === "call-queues" ? 4 : 6);
      expect(await csvWith(1), id).toEqual(whole);
      expect(await csvWith(4), id).toEqual(whole);
    }
  });

  it("every template writes a header-only file, not an error, when nothing matches", async () => {
    for (const t of REPORT_TEMPLATES) {
      const file = await reportFile(t, { db: getStore().db, now: NOW, viewer: FULL, filter: { region: "UAE" }, family: "meetings" }, "UTC");
      expect(file.rows, t.id).toBe(0);
      expect(parseCsv(file.content.toString())).toEqual([t.columns.map((c) => c.title)]);
    }
  });
});
