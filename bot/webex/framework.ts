// The real webex-node-bot-framework, reduced to what we need: it fetches each message or card
// action an event names and tells us about it; we turn that into a BotEvent. The framework
// ships no types, so the slice we use is declared here.
import { createRequire } from "node:module";
import type { Logger } from "../log.js";
import type { BotEvent } from "../routing/types.js";
import { routeLibraryLogs } from "./libraryLogs.js";

interface FrameworkPerson { id: string; emails: string[]; displayName: string }
interface FrameworkRoom { id: string; type: "direct" | "group"; title?: string }
interface FrameworkBot { room: FrameworkRoom; person?: FrameworkPerson }
interface FrameworkMessage {
  id: string; roomId: string; roomType: "direct" | "group"; text?: string; html?: string;
  personEmail: string; files?: string[]; mentionedPeople?: string[];
}
interface FrameworkTrigger {
  message?: FrameworkMessage;
  attachmentAction?: { id: string; roomId: string; messageId: string; inputs: unknown; personId: string };
  person?: FrameworkPerson;
}
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
}

export interface FrameworkOptions {
  token: string;
  apiUrl: string;
  /** Unset: websocket mode (Webex's cloud only; the sandbox speaks webhooks). */
  webhookUrl?: string;
  webhookSecret?: string;
  log: Logger;
  onEvent(event: BotEvent): void;
}

/** The text addressed to the bot: without the leading @mention Webex puts in group spaces. */
export function textWithoutMention(message: Pick<FrameworkMessage, "text" | "html">, bot: Pick<FrameworkPerson, "id" | "displayName">): string {
  let text = (message.text ?? "").trim();
  const mention = /<spark-mention[^>]*data-object-id="([^"]+)"[^>]*>([^<]*)<\/spark-mention>/.exec(message.html ?? "");
  const mentioned = mention && mention[2] ? mention[2].trim() : undefined;
  for (const name of [mentioned, bot.displayName, bot.displayName.split(" ")[0]]) {
    if (name && text.toLowerCase().startsWith(name.toLowerCase())) {
      text = text.slice(name.length).trim();
      break;
    }
  }
  return text.replace(/\s+/g, " ");
}

const PUBLIC_API = "https://webexapis.com/v1";

/**
 * Points the webex SDK inside the framework at `apiUrl`. The SDK copies HYDRA_SERVICE_URL and
 * U2C_SERVICE_URL into its default configuration when it is first loaded, so they are set
 * before that; a later framework in the same process (another API URL) gets the defaults
 * rewritten too, since each SDK instance merges them at creation.
 */
export function pointSdkAt(apiUrl: string, require: NodeRequire): void {
  // The SDK logs to the console on its own; our structured log says what matters.
  process.env.WEBEX_LOG_LEVEL ??= "error";
  const base = apiUrl.replace(/\/+$/, "");
  const hydra = base === PUBLIC_API ? "https://api.ciscospark.com/v1" : base;
  const u2c = base === PUBLIC_API ? "https://u2c.wbx2.com/u2c/api/v1" : `${new URL(base).origin}/u2c/api/v1`;
  if (base !== PUBLIC_API) {
    process.env.HYDRA_SERVICE_URL = hydra;
    process.env.U2C_SERVICE_URL = u2c;
  }
  const webexDefaults = (require("webex/dist/config") as { default: Record<string, unknown> }).default;
  Object.assign(webexDefaults, { hydra, hydraServiceUrl: hydra });
  const core = (require("@webex/webex-core/dist/config") as {
    default: { services: { discovery: Record<string, string> }; device: { preDiscoveryServices: Record<string, string> } };
  }).default;
  Object.assign(core.services.discovery, { hydra, u2c });
  Object.assign(core.device.preDiscoveryServices, { hydra, hydraServiceUrl: hydra });
}

export async function createFramework(options: FrameworkOptions): Promise<{ framework: Framework; processWebhook(body: unknown): Promise<void> }> {
  const require = createRequire(import.meta.url);
  // Resolve the SDK from the framework's own folder: it is the framework's dependency, not ours.
  pointSdkAt(options.apiUrl, createRequire(require.resolve("webex-node-bot-framework")));
  const FrameworkClass = require("webex-node-bot-framework") as new (config: object) => Framework;
  const processEvent = require("webex-node-bot-framework/lib/process-event") as (framework: Framework, body: unknown) => Promise<unknown>;

  const framework = new FrameworkClass({
    token: options.token,
    webhookUrl: options.webhookUrl,
    webhookSecret: options.webhookSecret,
    // Only remove the webhooks this bot created: another app may share the token's account.
    removeWebhooksOnStart: false,
  });
  const log = options.log;

  const messageEvent = (message: FrameworkMessage, text: string): BotEvent => ({
    kind: "message",
    id: message.id,
    roomId: message.roomId,
    roomType: message.roomType,
    personEmail: message.personEmail,
    text,
    fileUrls: message.files ?? [],
  });
  framework.on("message", (_bot: FrameworkBot, trigger: FrameworkTrigger) => {
    options.onEvent(messageEvent(trigger.message!, textWithoutMention(trigger.message!, framework.person)));
  });
  // A message with only a file has no text, so the framework emits `files` but not `message`.
  framework.on("files", (_bot: FrameworkBot, trigger: FrameworkTrigger) => {
    if (!trigger.message!.text?.trim()) options.onEvent(messageEvent(trigger.message!, ""));
  });
  framework.on("attachmentAction", (bot: FrameworkBot, trigger: FrameworkTrigger) => {
    const action = trigger.attachmentAction!;
    options.onEvent({
      kind: "cardAction",
      id: action.id,
      roomId: action.roomId,
      roomType: bot.room.type,
      personEmail: trigger.person?.emails[0] ?? "",
      messageId: action.messageId,
      inputs: action.inputs,
    });
  });
  // `spawn` with an actor is the bot being added to a space; without one, a space found at start.
  framework.on("spawn", (bot: FrameworkBot, _id: string, addedBy?: string) => {
    if (addedBy) options.onEvent({ kind: "botAdded", roomId: bot.room.id, roomType: bot.room.type, title: bot.room.title });
  });
  framework.on("despawn", (bot: FrameworkBot) => options.onEvent({ kind: "botRemoved", roomId: bot.room.id }));
  routeLibraryLogs(framework, log);

  const start = framework.start.bind(framework);
  framework.start = async () => {
    const started = await start();
    // The SDK waits 100 ms to batch person look-ups, and the framework looks up the sender of
    // every event: that wait was most of our time per command. 1 ms still batches bursts.
    if (framework.webex?.people?.config) framework.webex.people.config.batcherWait = 1;
    return started;
  };

  return {
    framework,
    async processWebhook(body) {
      await processEvent(framework, body);
    },
  };
}
