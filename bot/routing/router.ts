// The one entry point: every Webex event, from the framework or from a test, goes through
// handleEvent. It decides who is asking, which command or card action they meant, whether they
// may, and hands the reply to the outbox. Failures end in one sink: a sentence for the user,
// a log line with a code for the operator.
import { randomBytes } from "node:crypto";
import { translatorFor, type Translate } from "../../domain/i18n/catalogue.js";
import { resolveViewer } from "../../domain/access/viewer.js";
import { refusalCard, unknownCommandCard, badArgumentsCard, internalErrorCard } from "../../cards/notices.js";
import type { BotEvent, CommandSpec, Deps, HandlerContext, Reply, RoutingTables, SpaceSettings } from "./types.js";
import { wellFormed } from "../../domain/text.js";
import { isAllowed } from "./types.js";
import { ensureSpace } from "./spaces.js";
import { commandWords, editDistance, splitWords } from "./words.js";
import { explainIssues } from "./explain.js";
import { importDroppedFile } from "../commands/importFile.js";
import { sharedChartRenderer } from "../charts/chartRenderer.js";
import { fitReply } from "../../cards/limits.js";
import { STILL_SENDING } from "../outbox.js";

type UserEvent = Extract<BotEvent, { kind: "message" | "cardAction" }>;

export function findCommand(tables: RoutingTables, name: string): CommandSpec<unknown> | undefined {
  const wanted = name.toLowerCase();
  return tables.commands.find((c) => c.name === wanted || c.aliases?.includes(wanted));
}

/** The command a mistyped word most likely meant, if any is close. */
export function closestCommand(tables: RoutingTables, typed: string): string | undefined {
  const word = typed.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const command of tables.commands) {
    for (const name of [command.name, ...(command.aliases ?? [])]) {
      const distance = name.startsWith(word) && word.length >= 3 ? 0 : editDistance(word, name);
      if (!best || distance < best.distance) best = { name: command.name, distance };
    }
  }
  return best && best.distance <= Math.max(1, Math.floor(word.length / 3)) ? best.name : undefined;
}

async function post(deps: Deps, roomId: string, message: Parameters<Deps["outbox"]["send"]>[0]): Promise<void> {
  // The answer is ours once the outbox has stored it; its lane posts it. Waiting for Webex here
  // would hold an inbox worker for as long as the space's posts hang (minutes), and a few hung
  // spaces would stop every other space's commands.
  const result = await deps.outbox.send(message, { waitMs: 0 });
  // Queued is not a failure to answer: the outbox keeps the reply and posts it once Webex is
  // back, so neither an error notice (it would be queued behind the reply anyway) nor an error
  // log. Dead is: Webex refused it for good (say, the bot left the space), and a notice would
  // be refused the same way, so the operator's log is where it goes.
  if (result.kind === "queued" && result.reason !== STILL_SENDING) {
    deps.log.warn({ roomId, outboxId: result.outboxId, nextAttemptAt: result.nextAttemptAt, reason: result.reason }, "reply queued: Webex is unavailable, the outbox keeps trying");
  } else if (result.kind === "dead") {
    deps.log.error({ roomId, outboxId: result.outboxId, code: result.error?.code, reason: result.reason }, "reply given up: Webex refused it");
  }
}

/** Every answer leaves through here, made to fit what Webex accepts in one message. */
async function send(deps: Deps, roomId: string, reply: Reply, t: Translate): Promise<void> {
  // Pictures are drawn in the chart process while the card is being posted; each follows the
  // card in a message of its own. The card carries the same figures, so a picture that cannot
  // be drawn is logged and left out rather than failing the answer.
  const charts = reply.pictures?.length ? deps.charts ?? sharedChartRenderer(deps.log) : undefined;
  const pictures = (reply.pictures ?? []).map((spec) => charts!.render(spec).then(
    (png) => ({ spec, png }),
    (error: unknown) => { deps.log.warn({ roomId, chart: spec.fileName, err: error }, "could not draw a picture"); return undefined; },
  ));
  const { text, card, file } = fitReply(reply, t);
  await post(deps, roomId, { roomId, text, card, file });
  for (const drawn of pictures) {
    const picture = await drawn;
    if (picture) await post(deps, roomId, { roomId, text: picture.spec.caption, file: { name: picture.spec.fileName, contentType: "image/png", content: picture.png } });
  }
}

const notAllowed = (ctx: HandlerContext): Reply => refusalCard("notAllowed", { role: ctx.t(`role.${ctx.viewer.role}`) }, ctx.t);

async function routeMessage(ctx: HandlerContext, event: Extract<BotEvent, { kind: "message" }>): Promise<Reply> {
  // Webex allows one file per message; a file is a report to import, whatever the text says.
  if (event.fileUrls[0]) return importDroppedFile(ctx, event.fileUrls[0]);
  return runCommandWords(ctx, splitWords(event.text));
}

/** A command as typed (its name, then its words): what a message and a "Run …" button share. */
export async function runCommandWords(ctx: HandlerContext, words: readonly string[]): Promise<Reply> {
  const typed = words[0] ?? "help";
  const command = findCommand(ctx.tables, typed);
  if (!command) return unknownCommandCard({ typed, suggestion: closestCommand(ctx.tables, typed) }, ctx.t);
  if (!command.worksInDisabledSpace && !ctx.space.enabled) return refusalCard("spaceNotEnabled", {}, ctx.t);
  if (!isAllowed(command.allowed, ctx.viewer)) return notAllowed(ctx);
  const input = commandWords(words.slice(1));
  const parsed = command.args.safeParse(input);
  if (!parsed.success) {
    return badArgumentsCard({ command: command.name, problems: explainIssues(parsed.error, input, ctx.t), usage: command.usage, example: command.example }, ctx.t);
  }
  // Reading a space's settings is for everyone; changing them is for whom the table says.
  if (command.changes?.when(parsed.data, ctx.space) && !isAllowed(command.changes.allowed, ctx.viewer)) return notAllowed(ctx);
  ctx.log.info({ command: command.name }, "command");
  return command.run(ctx, parsed.data);
}

async function routeCardAction(ctx: HandlerContext, event: Extract<BotEvent, { kind: "cardAction" }>): Promise<Reply> {
  const inputs = event.inputs as { action?: unknown } | null;
  const action = ctx.tables.actions.find((a) => a.id === inputs?.action);
  if (!action) return refusalCard("staleAction", {}, ctx.t);
  if (!ctx.space.enabled) return refusalCard("spaceNotEnabled", {}, ctx.t);
  // Authorized again for the person who clicked, who may not be the person who asked.
  if (!isAllowed(action.allowed, ctx.viewer)) return notAllowed(ctx);
  const parsed = action.inputs.safeParse(inputs);
  if (!parsed.success) {
    ctx.log.warn({ action: action.id, issues: parsed.error.issues.length }, "card action inputs refused");
    return refusalCard("staleAction", {}, ctx.t);
  }
  ctx.log.info({ action: action.id }, "card action");
  return action.run(ctx, parsed.data);
}

async function handleUserEvent(event: UserEvent, deps: Deps, tables: RoutingTables): Promise<void> {
  const log = deps.log.child({ eventId: event.id, roomId: event.roomId });
  let t: Translate = translatorFor("en");
  try {
    // Independent look-ups, read at once: on PostgreSQL each is a round trip of its own.
    const [space, viewer]: [SpaceSettings, Awaited<ReturnType<typeof resolveViewer>>] = await Promise.all([
      ensureSpace(deps.db, event.roomId, event.roomType, deps.timeZone),
      resolveViewer(deps.db, event.personEmail),
    ]);
    t = translatorFor(space.language);
    if (!viewer) {
      log.info({ kind: event.kind }, "refused a person who is not a partner admin");
      await send(deps, event.roomId, refusalCard("stranger", { email: event.personEmail }, t), t);
      return;
    }
    const ctx: HandlerContext = { deps, event, space, viewer, t, log, tables };
    const reply = event.kind === "message" ? await routeMessage(ctx, event) : await routeCardAction(ctx, event);
    await send(deps, event.roomId, reply, t);
  } catch (error) {
    const code = `E-${randomBytes(3).toString("hex").toUpperCase()}`;
    log.error({ code, kind: event.kind, err: error }, "could not answer an event");
    await send(deps, event.roomId, internalErrorCard(code, t), t).catch((sendError: unknown) =>
      log.error({ code, err: sendError }, "could not post the error notice either"),
    );
  }
}

async function handleMembership(event: Extract<BotEvent, { kind: "botAdded" | "botRemoved" }>, deps: Deps): Promise<void> {
  const log = deps.log.child({ roomId: event.roomId });
  if (event.kind === "botRemoved") {
    await deps.db.space.updateMany({ where: { id: event.roomId }, data: { enabled: false } });
    log.info("removed from a space");
    return;
  }
  const space = await ensureSpace(deps.db, event.roomId, event.roomType, deps.timeZone, event.title);
  const t = translatorFor(space.language);
  const text = t(space.type === "direct" ? "notice.welcomeDirect" : "notice.welcomeGroup");
  log.info({ roomType: space.type }, "added to a space");
  await send(deps, event.roomId, { text }, t);
}

export async function handleEvent(event: BotEvent, deps: Deps, tables: RoutingTables): Promise<void> {
  if (event.kind === "botAdded" || event.kind === "botRemoved") return handleMembership(event, deps);
  // Webex sends the bot its own messages too.
  if (event.personEmail.toLowerCase() === deps.botEmail.toLowerCase()) return;
  return handleUserEvent(wellFormed(event), deps, tables);
}
