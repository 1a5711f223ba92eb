// The real webex-node-bot-framework (and the webex SDK inside it) against the sandbox, in webhook
// mode. The SDK reads HYDRA_SERVICE_URL and U2C_SERVICE_URL when its modules load (its config is
// built at require time), so they are set before the framework is first required.
import { createHmac, timingSafeEqual } from "node:crypto";
import { createRequire } from "node:module";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandbox, type Sandbox } from "../../bot/sandbox/index.js";
import { makeCard } from "./support/http.js";
import { startReceiver } from "./support/receiver.js";
import { waitUntil } from "./support/wait.js";

const require = createRequire(import.meta.url);
const SECRET = "framework-test-secret";
// Shaped like a real bot token (<token>_<cluster>_<orgId>): the SDK then fetches its U2C catalog too.
const BOT_TOKEN = "ZnJhbWV3b3JrLXRlc3QtYm90LXRva2Vu_PF84_1eb65fdf-9643-417f-9974-ad72cae0e10f";

let sandbox: Sandbox;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let framework: any;
const rejectedSignatures: string[] = [];

beforeAll(async () => {
  sandbox = await startSandbox({ botToken: BOT_TOKEN });
  process.env.HYDRA_SERVICE_URL = `${sandbox.url}/v1`;
  process.env.U2C_SERVICE_URL = `${sandbox.url}/u2c/api/v1`;
  // Under vitest NODE_ENV is "test", which turns the SDK's logger up to trace.
  process.env.WEBEX_LOG_LEVEL = "error";
  const Framework = require("webex-node-bot-framework");
  // The framework's public webhook handler (its package's webhook.js), not its private lib/.
  const webhookHandler = require("webex-node-bot-framework/webhook");
  receiver = await startReceiver((delivery) => {
    const expected = createHmac("sha1", SECRET).update(delivery.raw).digest();
    const given = Buffer.from(delivery.signature ?? "", "hex");
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      rejectedSignatures.push(delivery.body.id);
      return;
    }
    void webhookHandler(framework)({ body: delivery.body, headers: { "x-spark-signature": delivery.signature } });
  });
  framework = new Framework({ token: BOT_TOKEN, webhookUrl: receiver.url, webhookSecret: SECRET, removeWebhooksOnStart: false });
  framework.on("log", () => undefined);
  const initialized = new Promise((resolve) => framework.once("initialized", resolve));
  await framework.start();
  await initialized;
  // The framework creates its two webhooks without waiting for them before it reports start.
  await waitUntil(() => Boolean(framework.webhook && framework.cardsWebhook), "the framework's webhooks");
});

afterAll(async () => {
  await framework?.stop();
  await receiver?.close();
  await sandbox?.close();
});

describe("the real webex-node-bot-framework against the sandbox", () => {
  it("starts up with the calls Webex expects and registers its firehose and card webhooks", () => {
    const calls = sandbox.requests().map((r) => `${r.method} ${r.path} ${r.status}`);
    for (const call of ["GET /u2c/api/v1/limited/catalog 200", "GET /v1/people/me 200", "GET /v1/webhooks 200", "GET /v1/memberships 200", "POST /v1/webhooks 200"]) {
      expect(calls).toContain(call);
    }
    expect(framework.email).toBe("partnerhub-bot@webex.bot");
    expect(framework.webhook).toMatchObject({ resource: "all", event: "all", targetUrl: receiver.url });
    expect(framework.cardsWebhook).toMatchObject({ resource: "attachmentActions", event: "created" });
  });

  it("hears a person's message, answers with bot.say, and ignores its own message", async () => {
    const heard: string[] = [];
    const room = sandbox.directRoomWith("ana.silva@partner.example");
    framework.on("message", (bot: any, trigger: any) => {
      if (trigger.message.roomId !== room.id) return;
      heard.push(`${trigger.person.emails[0]}: ${trigger.text}`);
      void bot.say(`You said ${trigger.text}`);
    });
    const reply = sandbox.waitForBotMessage(room.id);
    await sandbox.say({ roomId: room.id, personEmail: "ana.silva@partner.example", text: "expiring" });
    expect((await reply).text).toBe("You said expiring");
    // The bot's own reply also arrived as a webhook; the framework must not have heard it.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(heard).toEqual(["ana.silva@partner.example: expiring"]);
    expect(rejectedSignatures).toEqual([]);
  });

  it("hears a mention in a group space, its text starting with the bot's name as on Webex", async () => {
    const group = sandbox.rooms().find((room) => room.title === "Partner operations")!;
    const heard = new Promise<any>((resolve) => framework.on("message", (_bot: any, trigger: any) => {
      if (trigger.message.roomId === group.id) resolve(trigger);
    }));
    await sandbox.say({ roomId: group.id, personEmail: "ben.okafor@partner.example", text: "over limit", mentionBot: true });
    const trigger = await heard;
    expect(trigger.text).toBe("Partner Hub bot over limit");
    expect(trigger.message.mentionedPeople).toEqual([sandbox.bot.id]);
    expect(trigger.message.html).toBe(`<p><spark-mention data-object-type="person" data-object-id="${sandbox.bot.id}">Partner Hub bot</spark-mention> over limit</p>`);
  });

  it("posts a card with bot.sendCard and receives its submit as an attachmentAction with the inputs", async () => {
    const room = sandbox.directRoomWith("chen.wei@partner.example");
    const actions: Array<{ inputs: unknown; person: string }> = [];
    framework.on("message", (bot: any, trigger: any) => {
      if (trigger.message.roomId === room.id) void bot.sendCard(makeCard({ body: [{ type: "Input.Text", id: "customer", label: "Customer" }] }), "Card fallback");
    });
    framework.on("attachmentAction", (_bot: any, trigger: any) => {
      actions.push({ inputs: trigger.attachmentAction.inputs, person: trigger.person.emails[0] });
    });
    const cardMessage = sandbox.waitForBotMessage(room.id, (m) => Boolean(m.attachments));
    await sandbox.say({ roomId: room.id, personEmail: "chen.wei@partner.example", text: "card please" });
    const card = await cardMessage;
    expect(card.text).toBe("Card fallback");
    await sandbox.submitCard({ messageId: card.id, personEmail: "chen.wei@partner.example", inputs: { customer: "Acme" } });
    await expect.poll(() => actions).toEqual([{ inputs: { customer: "Acme" }, person: "chen.wei@partner.example" }]);
  });

  it("uploads a file through the SDK's multipart path", async () => {
    const room = sandbox.directRoomWith("dora.klein@partner.example");
    // No message was exchanged here yet: the bot object comes from the framework's start-up spawn.
    await waitUntil(() => Boolean(framework.getBotByRoomId(room.id)), "the bot in Dora's space");
    const bot = framework.getBotByRoomId(room.id);
    const stream = Readable.from([Buffer.from("customer,days\nAcme,12\n")]) as Readable & { path?: string };
    stream.path = "expiring.csv";
    const posted = sandbox.waitForBotMessage(room.id, (m) => Boolean(m.files));
    await bot.uploadStream(stream);
    const message = await posted;
    expect(sandbox.fileContent(message)?.content.toString()).toBe("customer,days\nAcme,12\n");
  });
});
