// Paging the ranked lists: each page is read up to a bound found first (the last row's end, start
// or abandon rate) or part by part of the order, so a user paging through must see exactly the
// rows of the whole list, in its order, whatever the page size and whoever asks.
import { beforeAll, expect, it } from "vitest";
import { describeEachEngine } from "../support/engines.js";
import { seedIfEmpty } from "../../prisma/seed/index.js";
import { fixedClock } from "../../domain/clock.js";
import type { PageRequest, Viewer } from "../../domain/analytics/filter.js";
import type { AnalyticsContext, Page } from "../../domain/analytics/types.js";
import { customerList } from "../../domain/analytics/customerList.js";
import { callQueueKpis } from "../../domain/analytics/callQueues.js";
import { recentlyAddedSection } from "../../domain/analytics/sections/recentlyAdded.js";
import { trialsInProgress } from "../../domain/partner/trialsInProgress.js";
import { TEST_NOW } from "../support/local.js";
import { ANA, ELI } from "../commands/support.js";

const ALL: PageRequest = { page: 1, pageSize: 100 };

/** The rows of pages 1, 2, … of `size` until the list ends, and the total each page reported. */
async function paged<Row>(read: (page: PageRequest) => Promise<Page<Row>>, size: number): Promise<{ rows: Row[]; totals: number[] }> {
  const rows: Row[] = [];
  const totals: number[] = [];
  for (let page = 1; ; page++) {
    const found = await read({ page, pageSize: size });
    rows.push(...found.rows);
    totals.push(found.total);
    if (page >= found.pageCount) return { rows, totals };
  }
}

describeEachEngine("paging the ranked lists", (getStore) => {
  const viewers: Viewer[] = [];
  const ctx = (viewer: Viewer): AnalyticsContext => ({ db: getStore().db, clock: fixedClock(TEST_NOW), viewer });

  beforeAll(async () => {
    const { db } = getStore();
    await seedIfEmpty(db, { customers: 500, now: TEST_NOW });
    const admins = await db.partnerAdmin.findMany();
    viewers.push({ email: ANA, role: "full", adminId: admins.find((a) => a.email === ANA)!.id });
    viewers.push({ email: ELI, role: "sales", adminId: admins.find((a) => a.email === ELI)!.id });
  });

  const lists: Array<[string, (c: AnalyticsContext, page: PageRequest) => Promise<Page<unknown>>]> = [
    ["customers", (c, page) => customerList(c, { page })],
    ["customers expiring or over their limit", (c, page) => customerList(c, { filter: { statuses: ["expiringSoon", "licenseOverage"] }, page })],
    ["trials", (c, page) => trialsInProgress(c, { page })],
    ["call queues", async (c, page) => (await callQueueKpis(c, { page })).table],
    ["recently added, Meetings", async (c, page) => (await recentlyAddedSection(c, { family: "meetings", page })).table],
    ["recently added, both families", async (c, page) => (await recentlyAddedSection(c, { family: "both", page })).table],
  ];

  for (const [name, read] of lists) {
    it(`shows the ${name} page after page as one list, for a full and a sales administrator`, async () => {
      for (const viewer of viewers) {
        const whole = await read(ctx(viewer), ALL);
        expect(whole.rows.length, `${name} for ${viewer.email}`).toBeGreaterThan(viewer.role === "full" ? 3 : 1);
        expect(whole.rows.length).toBe(Math.min(whole.total, ALL.pageSize));
        for (const size of [1, 3, 7]) {
          const pages = await paged((page) => read(ctx(viewer), page), size);
          expect(pages.rows.slice(0, whole.rows.length), `${name}, pages of ${size}, for ${viewer.email}`).toEqual(whole.rows);
          expect(new Set(pages.totals)).toEqual(new Set([whole.total]));
        }
      }
    });
  }
});
