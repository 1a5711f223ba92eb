// `today` on the sandbox page in real Chromium: the card shows aligned columns, most urgent
// first, and a click on a row opens that customer's details.
import { mkdirSync } from "node:fs";
import type { Browser } from "playwright-core";
import { launchChromium } from "../support/chromium.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestRun, type TestRun } from "../support/local.js";
import { todayPage } from "../../domain/attention/todayPage.js";
import { analyticsSettings } from "../../domain/analytics/settings.js";

const ANA = "ana.silva@partner.example";
let run: TestRun;
let browser: Browser;

beforeAll(async () => {
  run = await startTestRun({ demoCustomers: 40 });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await run?.dispose();
});

describe("today on the sandbox page", () => {
  it("shows what needs attention first, and a row click opens the customer", async () => {
    const admin = await run.store.db.partnerAdmin.findUniqueOrThrow({ where: { email: ANA } });
    const expected = await todayPage({ db: run.store.db, clock: run.clock, viewer: { email: ANA, role: "full", adminId: admin.id }, settings: analyticsSettings() }, {}, 1, 10);
    expect(expected.items.length, "the demo partner has something that needs attention").toBeGreaterThan(0);
    const first = expected.items[0]!;

    const page = await browser.newPage({ viewport: { width: 1200, height: 1000 } });
    const room = run.sandbox.directRoomWith(ANA);
    await page.goto(`${run.sandbox.pageUrl}#${encodeURIComponent(room.id)}`);
    await page.fill("#text", "today");
    await page.click("#send");
    const card = page.locator(".card", { hasText: `Needs attention (${expected.total})` });
    await card.waitFor({ timeout: 15_000 });
    for (const header of ["Customer", "What", "When", "Licenses"]) await expect.poll(() => card.getByText(header, { exact: true }).count()).toBeGreaterThan(0);
    mkdirSync("test-artifacts", { recursive: true });
    await page.screenshot({ path: "test-artifacts/sandbox-today.png", fullPage: false });

    await card.getByText(first.customerName, { exact: true }).first().click();
    const detail = page.locator(".card", { hasText: first.customerName }).filter({ hasNotText: "Needs attention" });
    await detail.first().waitFor({ timeout: 15_000 });
  }, 60_000);
});
