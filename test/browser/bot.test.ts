// What a partner admin does on the sandbox page with the real bot, in real Chromium: types
// `customers`, clicks a customer, sees its details, asks for a report and downloads the file.
import { mkdirSync } from "node:fs";
import type { Browser } from "playwright-core";
import { launchChromium } from "../support/chromium.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestRun, type TestRun } from "../support/local.js";

const ANA = "ana.silva@partner.example";
let run: TestRun;
let browser: Browser;

beforeAll(async () => {
  run = await startTestRun({ demoCustomers: 40, warmCharts: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await run?.dispose();
});

describe("the bot on the sandbox page", () => {
  it("lists customers, opens one with a click, and posts a report file that downloads", async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 1000 } });
    const room = run.sandbox.directRoomWith(ANA);
    await page.goto(`${run.sandbox.pageUrl}#${encodeURIComponent(room.id)}`);
    await expect.poll(() => page.locator("#space-title").textContent()).toBe("Ana Silva");

    await page.fill("#text", "customers");
    await page.click("#send");
    const list = page.locator(".card", { hasText: "Customers (40)" });
    await list.waitFor({ timeout: 15_000 });

    // The first row of the list is a button leading to that customer's details.
    const listMessage = run.sandbox.messages(room.id).filter((m) => m.personEmail === run.sandbox.bot.email).at(-1)!;
    const firstName = /\n(.+?) \(/.exec(listMessage.text ?? "")?.[1];
    expect(firstName, "the list's text names its first customer").toBeTruthy();
    await list.getByText(firstName!, { exact: true }).first().click();
    const detail = page.locator(".card", { hasText: firstName! }).filter({ hasNotText: "Customers (40)" });
    await detail.first().waitFor({ timeout: 15_000 });

    await page.fill("#text", "report subscriptions");
    await page.click("#send");
    const file = page.locator("a.file").last();
    await file.waitFor({ timeout: 30_000 });
    expect(await file.textContent()).toMatch(/Subscription[ _]details_[A-Za-z0-9]+_\d{4}-\d{2}-\d{2}\.csv/i);
    const download = await page.request.get(new URL((await file.getAttribute("href"))!, run.sandbox.url).toString());
    const csv = await download.text();
    expect(csv.split("\n")[0]).toMatch(/Customer Name/i);
    expect(csv).toContain(firstName!.includes(",") ? `"${firstName}"` : firstName!);

    mkdirSync("test-artifacts", { recursive: true });
    await page.screenshot({ path: "test-artifacts/sandbox-bot.png", fullPage: false });
  });

  it("shows the call quality card with its charts inline, as Webex previews a posted picture", async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 1000 } });
    const room = run.sandbox.directRoomWith(ANA);
    await page.goto(`${run.sandbox.pageUrl}#${encodeURIComponent(room.id)}`);
    await page.fill("#text", "calling quality");
    await page.click("#send");
    await page.locator(".card", { hasText: "Call quality, week of" }).waitFor({ timeout: 30_000 });
    const pictures = page.locator(".picture img");
    await expect.poll(() => pictures.count(), { timeout: 60_000 }).toBe(2);
    // Decoded by the browser at the size it was drawn: the picture is really there, not a broken link.
    const sizes = await pictures.evaluateAll((images) => images.map((image) => [(image as HTMLImageElement).naturalWidth, (image as HTMLImageElement).naturalHeight]));
    expect(sizes).toEqual([[800, 450], [800, 450]]);
    expect(await pictures.first().getAttribute("alt")).toMatch(/^call-quality-trend-\d{4}-\d{2}-\d{2}\.png$/);
    await pictures.last().scrollIntoViewIfNeeded();
    mkdirSync("test-artifacts", { recursive: true });
    await page.screenshot({ path: "test-artifacts/sandbox-chart.png", fullPage: false });
  }, 120_000);
});
