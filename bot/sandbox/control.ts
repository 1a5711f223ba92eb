// The page's own endpoints under /_sandbox (no bearer token; loopback callers only): the world
// as the page shows it, saying something as a chosen person, submitting a card, downloading a
// file, and a server-sent event stream of changes so that new messages appear without reloading.
import express, { Router, type NextFunction, type Request, type Response } from "express";
import { z } from "zod";
import type { SandboxContext } from "./context.js";
import { sendWebexError, WebexHttpError } from "./errors.js";
import { faultSchema } from "./faults.js";
import { contentDisposition } from "./routes/contents.js";
import { sayAs, submitAs } from "./say.js";
import type { Change } from "./state.js";
import type { SandboxMessage } from "./types.js";

const saySchema = z.object({
  personEmail: z.string().min(3),
  text: z.string().min(1, "Write something before sending.").max(7439),
  mentionBot: z.boolean().default(false),
});
const submitSchema = z.object({
  personEmail: z.string().min(3),
  messageId: z.string().min(1),
  inputs: z.record(z.string(), z.unknown()).default({}),
});

export function controlRouter(ctx: SandboxContext): Router {
  const router = Router();
  router.use(loopbackOnly);
  router.use(express.json({ limit: "1mb" }));

  router.get("/state", (_req, res) => {
    const rooms = [...ctx.state.rooms.values()]
      .filter((room) => ctx.state.isMember(room.id, ctx.bot.id) || ctx.state.membersOf(room.id).length > 0)
      .map((room) => ({ id: room.id, title: room.title, type: room.type, members: ctx.state.membersOf(room.id).map((m) => m.personEmail) }));
    const people = [...ctx.state.people.values()].map((p) => ({ email: p.email, displayName: p.displayName, isBot: p.type === "bot" }));
    res.json({ bot: { id: ctx.bot.id, email: ctx.bot.email, displayName: ctx.bot.displayName }, people, rooms });
  });

  router.get("/rooms/:id/timeline", (req, res) => {
    const roomId = req.params.id;
    if (!ctx.state.rooms.has(roomId)) throw new WebexHttpError(404, "No such space.");
    const messages = ctx.state.messagesIn(roomId).map((m) => ({ kind: "message" as const, at: m.created, ...pageMessage(ctx, m) }));
    const refusals = ctx.state.refusals.filter((r) => r.roomId === roomId).map((r) => ({ kind: "refusal" as const, ...r }));
    res.json({ items: [...messages, ...refusals].sort((a, b) => a.at.localeCompare(b.at)) });
  });

  router.post("/rooms/:id/messages", async (req, res) => {
    const input = parseOr400(saySchema, req.body);
    const made = await sayAs(ctx, { roomId: req.params.id, ...input });
    res.json({ id: made.value.id });
  });

  router.post("/actions", (req, res) => {
    const input = parseOr400(submitSchema, req.body);
    res.json({ id: submitAs(ctx, input).value.id });
  });

  // Faults on the /v1 API (faults.ts): the tests' way to make Webex slow, silent or refusing.
  router.post("/faults", (req, res) => {
    const fault = ctx.state.faults.add(parseOr400(faultSchema, req.body));
    res.status(201).json({ fault, faults: ctx.state.faults.list() });
  });
  router.get("/faults", (_req, res) => {
    res.json({ faults: ctx.state.faults.list() });
  });
  router.delete("/faults", (_req, res) => {
    ctx.state.faults.clear();
    res.status(204).end();
  });

  router.get("/files/:id", (req, res) => {
    const file = ctx.state.files.get(req.params.id);
    if (!file) throw new WebexHttpError(404, "No such file.");
    res.setHeader("Content-Type", file.contentType);
    res.setHeader("Content-Disposition", contentDisposition(file.name));
    res.send(file.content);
  });

  router.get("/events", (req, res) => {
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" });
    res.write(": connected\n\n");
    const onChange = (change: Change) => res.write(`data: ${JSON.stringify(change)}\n\n`);
    const keepAlive = setInterval(() => res.write(": keep-alive\n\n"), 15_000);
    ctx.state.changes.on("change", onChange);
    req.on("close", () => {
      clearInterval(keepAlive);
      ctx.state.changes.off("change", onChange);
    });
  });

  router.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    if (error instanceof WebexHttpError) sendWebexError(res, error.status, error.message);
    else {
      ctx.logger.error({ err: error }, "sandbox page request failed");
      sendWebexError(res, 500, "The sandbox could not do that.");
    }
  });
  return router;
}

/** What the page needs of a message: who wrote it, its text, card and file (with a page download link). */
function pageMessage(ctx: SandboxContext, message: SandboxMessage) {
  const author = ctx.state.people.get(message.personId);
  const contentId = message.files?.[0]?.split("/").pop();
  const file = contentId ? ctx.state.files.get(contentId) : undefined;
  return {
    id: message.id, personEmail: message.personEmail, displayName: author?.displayName ?? message.personEmail,
    isBot: author?.type === "bot", text: message.text, markdown: message.markdown, edited: message.updated,
    card: message.attachments?.[0]?.content,
    file: file && { name: file.name, size: file.content.length, contentType: file.contentType, url: `/_sandbox/files/${contentId}` },
  };
}

function loopbackOnly(req: Request, res: Response, next: NextFunction): void {
  const address = req.socket.remoteAddress ?? "";
  if (address === "127.0.0.1" || address === "::1" || address === "::ffff:127.0.0.1") next();
  else sendWebexError(res, 403, "The sandbox page answers only on this machine.");
}

function parseOr400<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new WebexHttpError(400, `${issue?.path.join(".") || "body"}: ${issue?.message}`);
}
