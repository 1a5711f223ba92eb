// The sandbox page in real Chromium (Debian's, never a downloaded one): a person talks to a bot,
// sees its card, submits it, gets the next card, a file and a refusal, all without reloading.
import { mkdirSync } from "node:fs";
import type { Browser } from "playwright-core";
import { launchChromium } from "../support/chromium.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandbox, type Sandbox } from "../../bot/sandbox/index.js";
import { REPORT_CSV, startTestBot } from "./test-bot.js";

const BOT_TOKEN = "page-test-bot-token";
let sandbox: Sandbox;
let bot: Awaited<ReturnType<typeof startTestBot>>;
let browser: Browser;

beforeAll(async () => {
  sandbox = await startSandbox({ botToken: BOT_TOKEN });
  bot = await startTestBot(sandbox, BOT_TOKEN);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await bot?.close();
  await sandbox?.close();
});

describe("the sandbox page", () => {
  it("lets a person talk to the bot, submit its card and see the answers appear live", async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 860 } });
    const room = sandbox.directRoomWith("ana.silva@partner.example");
    await page.goto(`${sandbox.pageUrl}#${encodeURIComponent(room.id)}`);
    await expect.poll(() => page.locator("#space-title").textContent()).toBe("Ana Silva");
    expect(await page.locator(".space-item").allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining("Partner operations")]));

    await page.fill("#text", "hello");
    await page.click("#send");
    const greeting = page.locator(".card", { hasText: "Hello Ana Silva" });
    await greeting.waitFor();
    expect(await page.locator(".message", { hasText: "hello" }).first().textContent()).toContain("Ana Silva");

    await greeting.getByRole("button", { name: "Options" }).click();
    await greeting.getByText("Include trials").waitFor();
    await greeting.getByPlaceholder("Customer name").fill("Acme");
    await greeting.getByRole("button", { name: "Show expiring" }).click();
    await page.locator(".card", { hasText: "Expiring for Acme" }).waitFor();
    // New messages are added without re-drawing the old ones: the filled-in card keeps its state.
    expect(await greeting.getByPlaceholder("Customer name").inputValue()).toBe("Acme");
    expect(await greeting.locator(".card-status").textContent()).toBe("Sent by Ana Silva.");
    const [submit] = sandbox.requests().filter((r) => r.path.startsWith("/v1/attachment/actions/"));
    expect(submit?.status).toBe(200);

    await page.fill("#text", "report please");
    await page.press("#text", "Enter");
    const file = page.locator("a.file");
    await file.waitFor();
    expect(await file.textContent()).toContain("expiring-customers.csv");
    expect(await file.textContent()).toContain(`${Buffer.byteLength(REPORT_CSV)} B`);
    const download = await page.request.get(`${sandbox.url}${await file.getAttribute("href")}`);
    expect(await download.text()).toBe(REPORT_CSV);

    await page.fill("#text", "broken card");
    await page.click("#send");
    const refusal = page.locator(".refusal");
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/400.*version must be 1.0 to 1.3, not 1.4/s);

    mkdirSync("test-artifacts", { recursive: true });
    await page.screenshot({ path: "test-artifacts/sandbox-page.png" });
  });

  it("writes in a group space as the chosen member, mentioning the bot", async () => {
    const page = await browser.newPage();
    const group = sandbox.rooms().find((room) => room.title === "Partner operations")!;
    await page.goto(`${sandbox.pageUrl}#${encodeURIComponent(group.id)}`);
    await page.locator("#mention-option").waitFor();
    await page.selectOption("#person", "dora.klein@partner.example");
    await page.fill("#text", "status");
    await page.click("#send");
    await page.locator(".card", { hasText: "Hello Dora Klein" }).waitFor();
    const said = sandbox.messages(group.id).find((m) => m.personEmail === "dora.klein@partner.example");
    expect(said?.mentionedPeople).toEqual([sandbox.bot.id]);

    // Nothing leaves the machine: the new tab gets a stand-in for Partner Hub.
    await page.context().route("https://admin.webex.com/**", (route) => route.fulfill({ contentType: "text/html", body: "<title>Partner Hub</title>" }));
    // window.open with noopener: the new tab belongs to the context, not to the page as a popup.
    const popup = page.context().waitForEvent("page");
    await page.locator(".card", { hasText: "Hello Dora Klein" }).getByRole("link", { name: "Partner Hub" }).click();
    const tab = await popup;
    await tab.waitForLoadState();
    expect(tab.url()).toBe("https://admin.webex.com/");
  });
});
