// The driver reader the reports use binds and reads dates and booleans as Prisma does, on both
// engines: a report compares `end_at` with "now" and prints end dates, so a zone or format
// mismatch would move rows across a day boundary or out of the report.
import { afterAll, beforeAll, expect, it } from "vitest";
import { Prisma } from "../../prisma/generated/sqlite/client.js";
import { rowReaderOf } from "../../domain/store/rowReader.js";
import { toDate } from "../../domain/analytics/values.js";
import { describeEachEngine } from "../support/engines.js";

const ENDS = new Date("2026-12-01T23:30:00.000Z");

describeEachEngine("the driver reader", (getStore) => {
  // A process zone west of UTC: pg would otherwise read timestamp columns in it.
  const zone = process.env.TZ;
  beforeAll(() => { process.env.TZ = "America/Los_Angeles"; });
  afterAll(() => { if (zone === undefined) delete process.env.TZ; else process.env.TZ = zone; });

  it("finds what Prisma wrote with Date and boolean parameters, and reads the instant back unchanged", async () => {
    const { db } = getStore();
    const addedAt = new Date("2026-01-05T00:00:00.000Z");
    await db.customer.create({
      data: {
        id: "3f2a6c1e-0000-4000-8000-0000000000aa", name: "Zeitzone AG", nameKey: "zeitzone ag", region: "EU", addedAt,
        subscriptions: { create: [
          { id: "Sub-late", type: "subscription", status: "active", startAt: addedAt, endAt: ENDS, autoRenew: false },
          { id: "Sub-early", type: "subscription", status: "active", startAt: addedAt, endAt: new Date("2026-11-30T00:00:00.000Z"), autoRenew: true },
        ] },
      },
    });
    const reader = rowReaderOf(db);
    const after = await reader.rows(Prisma.sql`
      SELECT id, end_at, auto_renew FROM subscriptions WHERE end_at > ${new Date("2026-12-01T23:29:59.999Z")} AND auto_renew = ${false}`);
    expect(after.names).toEqual(["id", "end_at", "auto_renew"]);
    expect(after.rows.map((row) => row[0])).toEqual(["Sub-late"]);
    expect(toDate(after.rows[0]![1]).toISOString()).toBe(ENDS.toISOString());
    const renewing = await reader.rows(Prisma.sql`SELECT id FROM subscriptions WHERE auto_renew = ${true} ORDER BY id`);
    expect(renewing.rows).toEqual([["Sub-early"]]);
  });

  it("is the store's own driver connection, not the Prisma fallback", () => {
    // The fallback (for a bare client) has no connection to close.
    expect(Object.keys(rowReaderOf(getStore().db))).toContain("close");
  });
});
