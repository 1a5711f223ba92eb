// The shapes the router, the command table and the card-action table share.
import type { z } from "zod";
import type { Db } from "../../domain/store/client.js";
import type { Clock } from "../../domain/clock.js";
import type { Role } from "../../domain/model.js";
import type { Viewer } from "../../domain/access/viewer.js";
import type { Language, MessageKey, Translate } from "../../domain/i18n/catalogue.js";
import type { Logger } from "../log.js";
import type { Outbox } from "../outbox.js";
import type { OutgoingFile, WebexApi } from "../webex/api.js";
import type { ChartSpec } from "../../cards/charts/chartSpec.js";
import type { ChartRenderer } from "../charts/chartRenderer.js";
import type { CardAction, HelpGroup } from "../../cards/actions.js";

/** What the bot needs from the outside world; tests build one with real parts. */
export interface Deps {
  db: Db;
  clock: Clock;
  log: Logger;
  outbox: Outbox;
  api: WebexApi;
  botEmail: string;
  /** Default IANA time zone of new spaces. */
  timeZone: string;
  /** Largest file a space may drop for import. */
  maxImportBytes: number;
  /** Draws pictures off the event loop (a process-wide one when absent). */
  charts?: ChartRenderer;
}

/** An event from Webex, already fetched by the framework and reduced to what we route on. */
export type BotEvent =
  | { kind: "message"; id: string; roomId: string; roomType: "direct" | "group"; personEmail: string; text: string; fileUrls: string[] }
  | { kind: "cardAction"; id: string; roomId: string; roomType: "direct" | "group"; personEmail: string; messageId: string; inputs: unknown }
  | { kind: "botAdded"; roomId: string; roomType: "direct" | "group"; title?: string; addedByEmail?: string }
  | { kind: "botRemoved"; roomId: string };

export interface SpaceSettings {
  id: string;
  type: "direct" | "group";
  enabled: boolean;
  language: Language;
  region: string;
  timeZone: string;
}

export interface Reply {
  /** The plain-text fallback: what clients without cards, and notifications, show. */
  text: string;
  card?: object;
  file?: OutgoingFile;
  /** Pictures posted right after the card, one message each (Webex takes one file per message). */
  pictures?: readonly ChartSpec[];
}

export interface HandlerContext {
  deps: Deps;
  event: Extract<BotEvent, { kind: "message" | "cardAction" }>;
  space: SpaceSettings;
  viewer: Viewer;
  t: Translate;
  /** A child logger bound to the event id and room id. */
  log: Logger;
  /** The tables this event was routed with (help is generated from them). */
  tables: RoutingTables;
}

export interface RoutingTables {
  commands: ReadonlyArray<CommandSpec<any>>;
  actions: ReadonlyArray<ActionSpec<any>>;
}

/** Who may run a command or press a card button. */
export type Allowed = readonly Role[] | "any-admin";

/** One line of the command table: help and the parser are generated from it. */
export interface CommandSpec<Args = unknown> {
  name: string;
  /** The task `help` lists it under (Customers, Renewals, Calling, Reports & alerts, Space settings). */
  group: HelpGroup;
  aliases?: readonly string[];
  /** One line for the help card. */
  summary: MessageKey;
  /** Syntax, shown verbatim (command words are not translated). */
  usage: string;
  example: string;
  // Input is CommandWords; `any` because coercing schemas (page:N) widen their input type.
  args: z.ZodType<Args, any>;
  allowed: Allowed;
  /**
   * For a command that shows a setting and also changes it (region, language, alerts): who may
   * change it, and whether these arguments in this space are a change. Checked by the router.
   */
  changes?: { allowed: Allowed; when(args: Args, space: SpaceSettings): boolean };
  /** Answers in a group space that no partner admin has enabled (help, enable). */
  worksInDisabledSpace?: boolean;
  run(ctx: HandlerContext, args: Args): Promise<Reply>;
}

/** One line of the card-action table. Card buttons carry `{ action: id, ...inputs }`. */
export interface ActionSpec<Inputs = unknown> {
  id: string;
  inputs: z.ZodType<Inputs>;
  allowed: Allowed;
  run(ctx: HandlerContext, inputs: Inputs): Promise<Reply>;
}

export const defineCommand = <Args>(spec: CommandSpec<Args>): CommandSpec<Args> => spec;
/**
 * A card action's handler: its id and input schema come from the action's one declaration in
 * cards/actions.ts, the same one the cards build their buttons with.
 */
export function defineAction<Id extends string, Shape extends z.ZodRawShape>(spec: {
  action: CardAction<Id, Shape>;
  allowed: Allowed;
  run(ctx: HandlerContext, inputs: z.output<CardAction<Id, Shape>["schema"]>): Promise<Reply>;
}): ActionSpec<z.output<CardAction<Id, Shape>["schema"]>> {
  return { id: spec.action.id, inputs: spec.action.schema as z.ZodType<z.output<CardAction<Id, Shape>["schema"]>>, allowed: spec.allowed, run: spec.run };
}

export function isAllowed(allowed: Allowed, viewer: Viewer): boolean {
  return allowed === "any-admin" || allowed.includes(viewer.role);
}
