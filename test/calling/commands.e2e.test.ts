// `calling` and `trend` end to end: typed in a sandbox space, answered from the demo partner with
// the same figures the domain computes, the pictures posted as PNG files right after their card.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFeatures, readLicenseTrend, readQuality, readUsage } from "../../domain/calling/read.js";
import type { Viewer } from "../../domain/analytics/filter.js";
import type { SandboxMessage } from "../../bot/sandbox/index.js";
import { startTestRun, type TestRun } from "../support/local.js";
import { ANA, cardOf, click, readable, submitsOf, textsOf } from "../commands/support.js";
import { pngSize } from "../support/png.js";

// Pictures come from the chart process, which under a busy CPU takes its time to start: long tests.
describe("calling and trend in the sandbox", { timeout: 120_000 }, () => {
  let run: TestRun;
  let ana: Viewer;
  const scope = () => ({ viewer: ana, filter: {}, now: run.clock.now() });

  /** The bot's next `count` messages in Ana's space after she says `text` (or clicks). */
  async function answers(text: string | (() => Promise<unknown>), count: number): Promise<SandboxMessage[]> {
    const room = run.sandbox.directRoomWith(ANA);
    const before = run.sandbox.messages(room.id).length;
    await (typeof text === "string" ? run.ask(ANA, text) : text());
    const deadline = Date.now() + 60_000;
    for (;;) {
      const mine = run.sandbox.messages(room.id).slice(before).filter((m) => m.personEmail === run.sandbox.bot.email);
      if (mine.length >= count || Date.now() > deadline) return mine;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  beforeAll(async () => {
    run = await startTestRun({ warmCharts: true });
    const admin = await run.store.db.partnerAdmin.findUniqueOrThrow({ where: { email: ANA } });
    ana = { email: ANA, role: "full", adminId: admin.id };
  });
  afterAll(async () => { await run?.dispose(); });

  it("answers calling usage with the customers' calls and changes, largest drop first", async () => {
    const usage = await readUsage(run.store.db, scope(), { page: 1, pageSize: 10 });
    expect(usage.table.total).toBeGreaterThan(0);
    const [message] = await answers("calling", 1);
    const texts = textsOf(cardOf(message!));
    expect(texts).toContain(usage.table.rows[0]!.customerName);
    expect(texts).toContain(usage.totals.calls.toLocaleString("en"));
    expect(message!.files ?? []).toEqual([]);
  });

  it("answers calling quality with the card, then the trend and endpoint pictures as PNG files", async () => {
    const quality = await readQuality(run.store.db, scope(), { page: 1, pageSize: 10 });
    const [card, trend, endpoints] = await answers("calling quality", 3);
    expect(readable(card!)).toContain(`${quality.partner.percent} % (${quality.partner.poor.toLocaleString("en")} of ${quality.partner.measured.toLocaleString("en")})`);
    expect(readable(card!)).toContain(quality.table.rows[0]!.customerName);
    for (const [picture, name] of [[trend, "call-quality-trend-"], [endpoints, "call-quality-endpoints-"]] as const) {
      const file = run.sandbox.fileContent(picture!)!;
      expect(file.contentType).toBe("image/png");
      expect(file.name.startsWith(name)).toBe(true);
      expect(pngSize(file.content)).toEqual({ width: 800, height: 450 });
    }
    expect(trend!.text).toContain("Call quality and trend over the last 8 weeks");
  });

  it("opens features and call queues from the quality card's buttons", async () => {
    const [card] = await answers("calling quality", 3);
    const buttons = submitsOf(cardOf(card!));
    expect(buttons.map((b) => b.title)).toEqual(expect.arrayContaining(["Usage", "Features", "Call queues"]));
    const features = await readFeatures(run.store.db, scope(), { page: 1, pageSize: 10 });
    const [answer, picture] = await answers(() => click(run, card!, ANA, buttons.find((b) => b.title === "Features")!.data), 2);
    expect(readable(answer!)).toContain(features.table.rows[0]!.customerName);
    expect(run.sandbox.fileContent(picture!)?.name).toMatch(/^calling-features-.*\.png$/);
    const [queues] = await answers(() => click(run, card!, ANA, buttons.find((b) => b.title === "Call queues")!.data), 1);
    expect(queues!.text).toContain("Call queues, week of");
  });

  it("answers one customer's calling usage by name", async () => {
    const usage = await readUsage(run.store.db, scope(), { page: 1, pageSize: 10 });
    const customer = usage.table.rows[0]!.customerName;
    const [message] = await answers(`calling usage "${customer}"`, 1);
    expect(textsOf(cardOf(message!))[0]).toBe(`Calling usage of ${customer}, last 8 weeks`);
  });

  it("answers trend calling with 12 weeks of licenses and a picture", async () => {
    const trend = await readLicenseTrend(run.store.db, scope(), "calling");
    const [card, picture] = await answers("trend calling", 2);
    expect(readable(card!)).toContain(`${trend.latest!.used.toLocaleString("en")} used · ${trend.latest!.assigned.toLocaleString("en")} assigned`);
    expect(pngSize(run.sandbox.fileContent(picture!)!.content)).toEqual({ width: 800, height: 450 });
  });
});
