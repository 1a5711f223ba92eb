// The websocket receiver (no WEBHOOK_URL): the framework opens Webex's websocket; the envelopes
// its SDK emits for messages, card actions and memberships go to handleEvent, exactly like a
// webhook's. A socket has no signature to check: the events come over the bot's own
// authenticated connection.
import type { Logger } from "../log.js";
import { webhookEnvelopeSchema } from "../webex/envelope.js";
import { createFramework, type Framework, type WebexSdk } from "../webex/framework.js";
import type { HandleEvent, Receiver } from "./types.js";

export interface WebsocketReceiverOptions {
  token: string;
  apiUrl: string;
  log: Logger;
  handleEvent: HandleEvent;
  /** Tests pass a framework that needs no Webex cloud. */
  framework?: Framework;
}

const SUBSCRIPTIONS: Array<[keyof WebexSdk, string]> = [
  ["messages", "created"], ["attachmentActions", "created"], ["memberships", "created"], ["memberships", "deleted"],
];

export function createWebsocketReceiver(options: WebsocketReceiverOptions): Receiver & { framework(): Framework | undefined } {
  let framework: Framework | undefined;
  const forward = (resource: string, event: string) => (raw: unknown) => {
    const body = (raw ?? {}) as Record<string, unknown>;
    // The SDK's envelope has no webhook id or name: give it the ones the schema asks for.
    const envelope = webhookEnvelopeSchema.safeParse({ id: "websocket", name: "websocket", resource, event, ...body });
    if (!envelope.success) {
      options.log.warn({ resource, event }, "ignored a websocket event that is not a Webex envelope");
      return;
    }
    options.handleEvent(envelope.data).catch((error: unknown) =>
      options.log.error({ err: error, resource, dataId: envelope.data.data.id }, "could not store a websocket event"));
  };
  return {
    framework: () => framework,
    async start() {
      framework = options.framework ?? (await createFramework({ token: options.token, apiUrl: options.apiUrl, log: options.log }));
      await framework.start();
      const sdk = framework.getWebexSDK();
      for (const [resource, event] of SUBSCRIPTIONS) sdk[resource].on(event, forward(resource, event));
    },
    async stop() {
      await framework?.stop();
    },
  };
}
