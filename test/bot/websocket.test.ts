// Websocket mode needs Webex's device and Mercury services, which the sandbox does not
// emulate; what we can check here is that no WEBHOOK_URL means no webhooks are registered.
import { describe, expect, it } from "vitest";
import pino from "pino";
import { createFramework } from "../../bot/webex/framework.js";

describe("websocket mode", () => {
  it("builds the framework without a webhook URL or secret, so it opens a websocket instead of registering webhooks", async () => {
    const { framework } = await createFramework({
      token: "abc_PF84_org", apiUrl: "http://127.0.0.1:9/v1", log: pino({ level: "silent" }), onEvent: () => undefined,
    });
    const options = (framework as unknown as { options: { webhookUrl?: string; webhookSecret?: string; removeWebhooksOnStart: boolean } }).options;
    expect(options.webhookUrl).toBeUndefined();
    expect(options.webhookSecret).toBeUndefined();
    expect(options.removeWebhooksOnStart).toBe(false);
  });
});
