// Click-through on the sandbox page in real Chromium: a KPI opens its list, a typo's button
// runs the command it meant, and a schedule's Stop button asks, then stops it.
import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../support/chromium.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestRun, type TestRun } from "../support/local.js";

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

async function openSpace(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 1000 } });
  const room = run.sandbox.directRoomWith(ANA);
  await page.goto(`${run.sandbox.pageUrl}#${encodeURIComponent(room.id)}`);
  await expect.poll(() => page.locator("#space-title").textContent()).toBe("Ana Silva");
  return page;
}

async function say(page: Page, text: string): Promise<void> {
  await page.fill("#text", text);
  await page.click("#send");
}

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync("test-artifacts", { recursive: true });
  await page.screenshot({ path: `test-artifacts/${name}.png`, fullPage: false });
}

describe("click-through on the sandbox page", () => {
  it("opens the list behind a KPI with one click", async () => {
    const page = await openSpace();
    await say(page, "kpis");
    const strip = page.locator(".card", { hasText: "Total customers" }).last();
    await strip.waitFor({ timeout: 30_000 });
    await strip.getByText("Nearing expiration", { exact: true }).click();
    const section = page.locator(".card", { hasText: "About to expire in the next 90 days" }).last();
    await section.waitFor({ timeout: 30_000 });
    await screenshot(page, "click-kpi");
  }, 120_000);

  it("runs the command a typo most likely meant from its button", async () => {
    const page = await openSpace();
    await say(page, "custmers");
    const notice = page.locator(".card", { hasText: "Did you mean customers?" }).last();
    await notice.waitFor({ timeout: 30_000 });
    await notice.getByRole("button", { name: "Run customers" }).click();
    await page.locator(".card", { hasText: "Customers (40)" }).last().waitFor({ timeout: 30_000 });
    await screenshot(page, "click-typo");
  }, 120_000);

  it("stops a schedule from its Stop button after asking", async () => {
    const page = await openSpace();
    await say(page, "schedule subscriptions weekly monday at 08:00");
    await page.locator(".card", { hasText: "Report scheduled" }).last().waitFor({ timeout: 30_000 });
    const schedule = await run.store.db.reportSchedule.findFirstOrThrow({ where: { active: true }, orderBy: { createdAt: "desc" } });
    await say(page, "schedules");
    const list = page.locator(".card", { hasText: schedule.id }).last();
    await list.waitFor({ timeout: 30_000 });
    await list.getByRole("button", { name: `Stop ${schedule.id}` }).click();
    const confirm = page.locator(".card", { hasText: `Stop schedule ${schedule.id}` }).last();
    await confirm.waitFor({ timeout: 30_000 });
    await confirm.getByRole("button", { name: `Yes, stop ${schedule.id}` }).click();
    await page.getByText(`Schedule ${schedule.id} is stopped`).first().waitFor({ timeout: 30_000 });
    expect((await run.store.db.reportSchedule.findUniqueOrThrow({ where: { id: schedule.id } })).active).toBe(false);
    await screenshot(page, "click-stop");
  }, 120_000);
});
