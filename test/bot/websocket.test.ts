// Websocket mode needs Webex's device and Mercury services, which the sandbox does not
// emulate; what we check here is that the framework is built without webhooks, and that the
// websocket receiver hands the SDK's envelopes to the same handleEvent a webhook feeds.
import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import pino from "pino";
import { createFramework, type Framework } from "../../bot/webex/framework.js";
import { createWebsocketReceiver } from "../../bot/receivers/websocket.js";
import type { WebhookEnvelope } from "../../bot/webex/envelope.js";

const log = pino({ level: "silent" });

describe("websocket mode", () => {
  it("builds the framework without a webhook URL or secret, so it opens a websocket instead of registering webhooks", async () => {
    const framework = await createFramework({ token: "abc_PF84_org", apiUrl: "http://127.0.0.1:9/v1", log });
    const options = (framework as unknown as { options: { webhookUrl?: string; webhookSecret?: string; removeWebhooksOnStart: boolean } }).options;
    expect(options.webhookUrl).toBeUndefined();
    expect(options.webhookSecret).toBeUndefined();
    expect(options.removeWebhooksOnStart).toBe(false);
  });

  it("hands messages, card clicks and memberships from the socket to handleEvent as envelopes", async () => {
    const sdk = { messages: new EventEmitter(), memberships: new EventEmitter(), attachmentActions: new EventEmitter() };
    const framework = { start: async () => true, stop: async () => true, getWebexSDK: () => sdk } as unknown as Framework;
    const received: WebhookEnvelope[] = [];
    const receiver = createWebsocketReceiver({ token: "t", apiUrl: "http://127.0.0.1:9/v1", log, framework, handleEvent: async (e) => { received.push(e); } });
    await receiver.start();
    sdk.messages.emit("created", { resource: "messages", event: "created", actorId: "P1", data: { id: "M1", roomId: "R1", personEmail: "ana@partner.example" } });
    sdk.attachmentActions.emit("created", { resource: "attachmentActions", event: "created", data: { id: "A1", roomId: "R1" } });
    sdk.memberships.emit("deleted", { resource: "memberships", event: "deleted", data: { id: "MS1", roomId: "R1", personId: "BOT" } });
    sdk.messages.emit("created", { nonsense: true });
    await receiver.stop();
    expect(received.map((e) => [e.resource, e.event, e.data.id])).toEqual([
      ["messages", "created", "M1"], ["attachmentActions", "created", "A1"], ["memberships", "deleted", "MS1"],
    ]);
  });
});
