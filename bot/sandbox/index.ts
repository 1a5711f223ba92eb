// The local Webex sandbox: a Webex-compatible REST API on 127.0.0.1 that the real
// webex-node-bot-framework runs against unmodified, plus a browser page showing the spaces.
import { once } from "node:events";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import express, { type Router } from "express";
import { pino, type Logger } from "pino";
import { apiRouter, recordRequest } from "./api.js";
import { createContext } from "./context.js";
import { controlRouter } from "./control.js";
import type { FaultList } from "./faults.js";
import { DEFAULT_BOT, DEMO_GROUP_SPACE, DEMO_PEOPLE } from "./demo.js";
import { trackingId } from "./ids.js";
import { addMember, directRoom, removeMember } from "./operations.js";
import { pageRouter } from "./page-router.js";
import { presentMessage } from "./present.js";
import { sayAs, submitAs } from "./say.js";
import { u2cRouter } from "./u2c.js";
import { SandboxState } from "./state.js";
import type { RecordedRequest, SandboxMessage, SandboxPerson, SandboxRoom } from "./types.js";

export { DEMO_PEOPLE } from "./demo.js";
export { sparkSignature } from "./delivery.js";
export type { Fault, FaultInput } from "./faults.js";
export type { RecordedRequest, Refusal, SandboxMessage, SandboxPerson, SandboxRoom } from "./types.js";

export interface SandboxOptions {
  /** 0 = a random free port (the default); the sandbox listens on 127.0.0.1 only */
  port?: number;
  /** the bearer token the bot uses; any other token (but extraTokens) gets 401 */
  botToken: string;
  bot?: SandboxPerson;
  people?: SandboxPerson[];
  /** further accepted bearer tokens; they act as the first of `people` (a partner admin) */
  extraTokens?: string[];
  /** mounted under /v1 after the bearer check (partner API emulation) */
  routers?: Router[];
  /** create the demo spaces (a 1:1 per person and "Partner operations"); default true */
  demoSpaces?: boolean;
  logger?: Logger;
}

export interface Sandbox {
  url: string;
  pageUrl: string;
  bot: { id: string; email: string };
  people: Array<{ id: string; email: string; displayName: string }>;
  rooms(): SandboxRoom[];
  directRoomWith(email: string): SandboxRoom;
  /** `options.withBot: false` makes a space without the bot (add it later with addBotToRoom) */
  createGroupRoom(title: string, memberEmails: string[], options?: { withBot?: boolean }): SandboxRoom;
  /** `mentionBot` prefixes a mention of the bot: in a group space the bot hears only mentions */
  say(input: { roomId: string; personEmail: string; text?: string; markdown?: string; file?: { name: string; contentType: string; content: Buffer }; mentionBot?: boolean }): Promise<SandboxMessage>;
  submitCard(input: { messageId: string; personEmail: string; inputs: Record<string, unknown> }): Promise<{ id: string }>;
  /** the bot joins the space, added by `byEmail`: the memberships `created` event */
  addBotToRoom(roomId: string, byEmail: string): Promise<void>;
  /** the bot is removed from the space by `byEmail`: the memberships `deleted` event */
  removeBotFromRoom(roomId: string, byEmail: string): Promise<void>;
  messages(roomId: string): SandboxMessage[];
  waitForBotMessage(roomId: string, predicate?: (m: SandboxMessage) => boolean, timeoutMs?: number): Promise<SandboxMessage>;
  fileContent(message: SandboxMessage): { name: string; contentType: string; content: Buffer } | undefined;
  /** Every edit of a message in the space (PUT /messages/{id}), oldest first. */
  edits(roomId: string): Array<{ messageId: string; text?: string; markdown?: string; at: string }>;
  requests(): RecordedRequest[];
  /** delay / hang / reset / status faults on the /v1 API (also POST/DELETE /_sandbox/faults) */
  faults: Pick<FaultList, "add" | "clear" | "list">;
  failNext(count: number, options: { status: 429 | 500 | 502 | 503; retryAfterSeconds?: number; method?: string; path?: RegExp }): void;
  close(): Promise<void>;
}

export async function startSandbox(options: SandboxOptions): Promise<Sandbox> {
  const logger = options.logger ?? pino({ name: "sandbox", level: "warn" });
  const state = new SandboxState();
  const bot = state.addPerson(options.bot ?? DEFAULT_BOT, "bot");
  const people = (options.people ?? DEMO_PEOPLE).map((person) => state.addPerson(person, "person"));
  state.tokens.set(options.botToken, bot.id);
  for (const token of options.extraTokens ?? []) if (people[0]) state.tokens.set(token, people[0].id);

  let url = "";
  const ctx = createContext(state, bot, logger, () => url);
  const app = express();
  app.disable("x-powered-by");
  app.use((req, res, next) => {
    res.setHeader("trackingid", req.get("trackingid") ?? trackingId());
    next();
  });
  app.use("/v1", apiRouter(ctx, options.routers ?? []));
  app.use("/u2c", recordRequest(ctx), u2cRouter(() => url));
  app.use("/_sandbox", controlRouter(ctx));
  app.use(pageRouter());

  const server: Server = app.listen(options.port ?? 0, "127.0.0.1");
  await once(server, "listening");
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  if (options.demoSpaces !== false) {
    for (const person of people) directRoom(ctx, person, bot);
    const admins = people.filter((p) => !p.email.endsWith("@elsewhere.example"));
    const group = state.addRoom(DEMO_GROUP_SPACE, "group", admins[0] ?? bot);
    for (const member of [...admins, bot]) state.addMembership(group, member);
  }

  const asRoom = (room: SandboxRoom): SandboxRoom => ({ id: room.id, title: room.title, type: room.type });
  const requireRoom = (roomId: string) => {
    const room = state.rooms.get(roomId);
    if (!room) throw new Error(`The sandbox has no space ${roomId}.`);
    return room;
  };

  return {
    url,
    pageUrl: `${url}/`,
    bot: { id: bot.id, email: bot.email },
    people: people.map((p) => ({ id: p.id, email: p.email, displayName: p.displayName })),
    rooms: () => [...state.rooms.values()].map(asRoom),
    directRoomWith: (email) => asRoom(directRoom(ctx, state.requirePerson(email), bot)),
    createGroupRoom(title, memberEmails, roomOptions) {
      const members = memberEmails.map((email) => state.requirePerson(email));
      const room = state.addRoom(title, "group", members[0] ?? bot);
      for (const member of members) state.addMembership(room, member);
      if (roomOptions?.withBot !== false) state.addMembership(room, bot);
      return asRoom(room);
    },
    async say(input) {
      const made = await sayAs(ctx, input);
      await made.delivery;
      return presentMessage(made.value);
    },
    async submitCard(input) {
      const made = submitAs(ctx, input);
      await made.delivery;
      return { id: made.value.id };
    },
    async addBotToRoom(roomId, byEmail) {
      await addMember(ctx, requireRoom(roomId), bot, state.requirePerson(byEmail)).delivery;
    },
    async removeBotFromRoom(roomId, byEmail) {
      await removeMember(ctx, requireRoom(roomId), bot, state.requirePerson(byEmail)).delivery;
    },
    messages: (roomId) => state.messagesIn(roomId).map(presentMessage),
    waitForBotMessage: (roomId, predicate, timeoutMs = 10_000) => nextBotMessage(ctx.state, bot.id, roomId, predicate, timeoutMs),
    edits: (roomId) => state.edits.filter((e) => e.roomId === roomId).map((e) => ({ ...e })),
    fileContent(message) {
      const contentId = message.files?.[0]?.split("/").pop();
      const file = contentId ? state.files.get(contentId) : undefined;
      return file && { name: file.name, contentType: file.contentType, content: Buffer.from(file.content) };
    },
    requests: () => state.requests.map((r) => ({ ...r })),
    faults: state.faults,
    failNext(count, failure) {
      state.failures.push({ remaining: count, ...failure });
    },
    async close() {
      state.faults.clear();
      await ctx.settle();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}

function nextBotMessage(state: SandboxState, botId: string, roomId: string, predicate: ((m: SandboxMessage) => boolean) | undefined, timeoutMs: number): Promise<SandboxMessage> {
  return new Promise((resolve, reject) => {
    const onChange = (change: { kind: string; roomId?: string; messageId?: string }) => {
      if (change.kind !== "message" || change.roomId !== roomId) return;
      const message = state.messages.get(change.messageId!);
      if (!message || message.personId !== botId || (predicate && !predicate(message))) return;
      finish();
      resolve(presentMessage(message));
    };
    const timer = setTimeout(() => {
      finish();
      const said = state.messagesIn(roomId).filter((m) => m.personId === botId).length;
      reject(new Error(`The bot posted no matching message in space ${roomId} within ${timeoutMs} ms (it has ${said} message(s) there in all).`));
    }, timeoutMs);
    const finish = () => {
      clearTimeout(timer);
      state.changes.off("change", onChange);
    };
    state.changes.on("change", onChange);
  });
}
