// The real webex-node-bot-framework, reduced to what we need: the websocket connection to Webex
// (device registration, Mercury) and its SDK object. The framework ships no types, so the slice
// we use is declared here.
import { createRequire } from "node:module";
import type { Logger } from "../log.js";
import { routeLibraryLogs } from "./libraryLogs.js";

interface FrameworkPerson { id: string; emails: string[]; displayName: string }
export interface Framework {
  start(): Promise<unknown>;
  webex?: { people?: { config?: { batcherWait?: number } } };
  stop(): Promise<unknown>;
  on(event: string, listener: (...args: any[]) => void): void;
  initialized: boolean;
  active: boolean;
  email: string;
  person: FrameworkPerson;
  webhook: { name?: string } | false;
  getWebexSDK(): WebexSdk;
}

/** The SDK resources whose `listen()`ed events the framework subscribes to in websocket mode. */
export interface WebexSdk {
  messages: SdkResource;
  memberships: SdkResource;
  attachmentActions: SdkResource;
}
interface SdkResource { on(event: string, listener: (envelope: unknown) => void): void; off?(event: string, listener?: (envelope: unknown) => void): void }

export interface FrameworkOptions {
  token: string;
  apiUrl: string;
  log: Logger;
}

export { textWithoutMention } from "./mention.js";

const PUBLIC_API = "https://webexapis.com/v1";

/**
 * Points the webex SDK inside the framework at `apiUrl` by rewriting its default configuration
 * objects (each SDK instance merges them at creation), not process.env.
 */
export function pointSdkAt(apiUrl: string, require: NodeRequire): void {
  const base = apiUrl.replace(/\/+$/, "");
  const hydra = base === PUBLIC_API ? "https://api.ciscospark.com/v1" : base;
  const u2c = base === PUBLIC_API ? "https://u2c.wbx2.com/u2c/api/v1" : `${new URL(base).origin}/u2c/api/v1`;
  const webexDefaults = (require("webex/dist/config") as { default: Record<string, unknown> }).default;
  Object.assign(webexDefaults, { hydra, hydraServiceUrl: hydra });
  const core = (require("@webex/webex-core/dist/config") as {
    default: { services: { discovery: Record<string, string> }; device: { preDiscoveryServices: Record<string, string> } };
  }).default;
  Object.assign(core.services.discovery, { hydra, u2c });
  Object.assign(core.device.preDiscoveryServices, { hydra, hydraServiceUrl: hydra });
}

/**
 * The framework for websocket mode: it registers a device and opens Webex's Mercury socket. We
 * listen on its public SDK object (`getWebexSDK()`) for the same envelopes a webhook carries and
 * hand them to the inbox; nothing of the framework's private lib/ modules is used. Webhook mode
 * does not start the framework at all (bot/receivers/webhook.ts, bot/webex/webhooks.ts).
 */
export async function createFramework(options: FrameworkOptions): Promise<Framework> {
  const require = createRequire(import.meta.url);
  // Resolve the SDK from the framework's own folder: it is the framework's dependency, not ours.
  pointSdkAt(options.apiUrl, createRequire(require.resolve("webex-node-bot-framework")));
  const FrameworkClass = require("webex-node-bot-framework") as new (config: object) => Framework;
  const framework = new FrameworkClass({
    token: options.token,
    // Never a webhook: the framework would create and, on stop, delete the token's shared webhook.
    webhookUrl: undefined,
    removeWebhooksOnStart: false,
  });
  routeLibraryLogs(framework, options.log);
  return framework;
}
