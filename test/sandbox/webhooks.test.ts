import { createHmac } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startSandbox, type Sandbox } from "../../bot/sandbox/index.js";
import { apiClient, CARD_TYPE, makeCard } from "./support/http.js";
import { startReceiver } from "./support/receiver.js";

let sandbox: Sandbox;
let api: ReturnType<typeof apiClient>;
let receiver: Awaited<ReturnType<typeof startReceiver>>;

beforeAll(async () => {
  sandbox = await startSandbox({ botToken: "bot-token" });
  api = apiClient(sandbox, "bot-token");
  receiver = await startReceiver();
});
afterAll(async () => {
  await sandbox.close();
  await receiver.close();
});
afterEach(async () => {
  for (const webhook of (await api("GET", "/webhooks")).body.items) await api("DELETE", `/webhooks/${webhook.id}`);
  receiver.deliveries.length = 0;
});

async function createWebhook(fields: Record<string, unknown>) {
  const answer = await api("POST", "/webhooks", { name: "bot hook", targetUrl: receiver.url, ...fields });
  expect(answer.status).toBe(200);
  return answer.body;
}

describe("webhook resource", () => {
  it("creates, lists, gets and deletes a webhook", async () => {
    const webhook = await createWebhook({ resource: "all", event: "all", secret: "s3cret" });
    expect(webhook).toMatchObject({ name: "bot hook", targetUrl: receiver.url, resource: "all", event: "all", status: "active", createdBy: sandbox.bot.id });
    expect((await api("GET", "/webhooks")).body.items.map((w: { id: string }) => w.id)).toEqual([webhook.id]);
    expect((await api("GET", `/webhooks/${webhook.id}`)).body.id).toBe(webhook.id);
    expect((await api("DELETE", `/webhooks/${webhook.id}`)).status).toBe(204);
    expect((await api("GET", `/webhooks/${webhook.id}`)).status).toBe(404);
  });

  it("refuses a webhook without a valid target URL or with an unknown resource", async () => {
    const noUrl = await api("POST", "/webhooks", { name: "x", targetUrl: "not a url", resource: "messages", event: "created" });
    expect(noUrl.status).toBe(400);
    expect(noUrl.body.message).toMatch(/targetUrl/);
    const badResource = await api("POST", "/webhooks", { name: "x", targetUrl: receiver.url, resource: "spaces", event: "created" });
    expect(badResource.status).toBe(400);
  });
});

describe("delivery", () => {
  it("signs the exact raw body with HMAC-SHA1 of the webhook's secret, in the Webex envelope", async () => {
    const webhook = await createWebhook({ resource: "all", event: "all", secret: "s3cret" });
    const room = sandbox.directRoomWith("ana.silva@partner.example");
    const message = await sandbox.say({ roomId: room.id, personEmail: "ana.silva@partner.example", text: "expiring" });
    expect(receiver.deliveries).toHaveLength(1);
    const [delivery] = receiver.deliveries;
    expect(delivery!.signature).toBe(createHmac("sha1", "s3cret").update(delivery!.raw).digest("hex"));
    expect(delivery!.signature).not.toBe(createHmac("sha1", "other").update(delivery!.raw).digest("hex"));
    expect(delivery!.body).toMatchObject({
      id: webhook.id, name: "bot hook", targetUrl: receiver.url, resource: "messages", event: "created",
      orgId: webhook.orgId, createdBy: sandbox.bot.id, appId: webhook.appId, ownedBy: "creator", status: "active",
      created: webhook.created, actorId: sandbox.people[0]!.id,
      data: { id: message.id, roomId: room.id, roomType: "direct", personEmail: "ana.silva@partner.example" },
    });
    expect(delivery!.body.data.text).toBeUndefined();
  });

  it("sends no signature header when the webhook has no secret", async () => {
    await createWebhook({ resource: "messages", event: "created" });
    await sandbox.say({ roomId: sandbox.directRoomWith("ben.okafor@partner.example").id, personEmail: "ben.okafor@partner.example", text: "hi" });
    expect(receiver.deliveries).toHaveLength(1);
    expect(receiver.deliveries[0]!.signature).toBeUndefined();
  });

  it("delivers the bot's own messages too (the bot must drop them)", async () => {
    await createWebhook({ resource: "messages", event: "created" });
    const room = sandbox.directRoomWith("chen.wei@partner.example");
    const posted = await api("POST", "/messages", { roomId: room.id, text: "report ready" });
    await expect.poll(() => receiver.deliveries.length).toBe(1);
    expect(receiver.deliveries[0]!.body.data).toMatchObject({ id: posted.body.id, personId: sandbox.bot.id });
  });

  it("tells the bot of a group message only when it is mentioned", async () => {
    await createWebhook({ resource: "all", event: "all" });
    const group = sandbox.rooms().find((room) => room.title === "Partner operations")!;
    await sandbox.say({ roomId: group.id, personEmail: "dora.klein@partner.example", text: "lunch?" });
    expect(receiver.deliveries).toHaveLength(0);
    const mention = await sandbox.say({ roomId: group.id, personEmail: "dora.klein@partner.example", text: "expiring", mentionBot: true });
    expect(receiver.deliveries).toHaveLength(1);
    expect(receiver.deliveries[0]!.body.data).toMatchObject({ id: mention.id, mentionedPeople: [sandbox.bot.id] });
  });

  it("applies a webhook's filter", async () => {
    const ana = sandbox.directRoomWith("ana.silva@partner.example");
    const ben = sandbox.directRoomWith("ben.okafor@partner.example");
    await createWebhook({ resource: "messages", event: "created", filter: `roomId=${ben.id}` });
    await sandbox.say({ roomId: ana.id, personEmail: "ana.silva@partner.example", text: "one" });
    await sandbox.say({ roomId: ben.id, personEmail: "ben.okafor@partner.example", text: "two" });
    expect(receiver.deliveries.map((d) => d.body.data.roomId)).toEqual([ben.id]);
  });

  it("sends card submits to an attachmentActions webhook but not through the firehose", async () => {
    await createWebhook({ resource: "all", event: "all" });
    await createWebhook({ name: "cards", resource: "attachmentActions", event: "created" });
    const room = sandbox.directRoomWith("eli.novak@partner.example");
    const card = await api("POST", "/messages", { roomId: room.id, markdown: "card", attachments: [{ contentType: CARD_TYPE, content: makeCard() }] });
    await expect.poll(() => receiver.deliveries.length).toBe(1);
    receiver.deliveries.length = 0;
    const action = await sandbox.submitCard({ messageId: card.body.id, personEmail: "eli.novak@partner.example", inputs: { action: "more" } });
    expect(receiver.deliveries.map((d) => [d.body.name, d.body.resource])).toEqual([["cards", "attachmentActions"]]);
    expect(receiver.deliveries[0]!.body.data).toMatchObject({ id: action.id, type: "submit", messageId: card.body.id, roomId: room.id });
    const fetched = await api("GET", `/attachment/actions/${action.id}`);
    expect(fetched.body).toMatchObject({ id: action.id, inputs: { action: "more" }, personId: sandbox.people[4]!.id });
  });

  it("announces the bot joining and leaving a space as membership events", async () => {
    await createWebhook({ resource: "memberships", event: "all" });
    const room = sandbox.createGroupRoom("New customers", ["ana.silva@partner.example", "ben.okafor@partner.example"], { withBot: false });
    await sandbox.addBotToRoom(room.id, "ana.silva@partner.example");
    await sandbox.removeBotFromRoom(room.id, "ben.okafor@partner.example");
    expect(receiver.deliveries.map((d) => [d.body.event, d.body.data.personId, d.body.actorId])).toEqual([
      ["created", sandbox.bot.id, sandbox.people[0]!.id],
      ["deleted", sandbox.bot.id, sandbox.people[1]!.id],
    ]);
  });
});
