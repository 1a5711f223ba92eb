// POST /messages (JSON, or multipart/form-data with one `files` part), GET /messages?roomId=
// (newest first), GET, PUT (edit: only the sender, in the message's own room) and DELETE /messages/{id}.
import { Router } from "express";
import type { SandboxContext } from "../context.js";
import { WebexHttpError } from "../errors.js";
import { messageInput, multipartMessage } from "../message-input.js";
import { deleteMessage, editMessage, postMessage } from "../operations.js";
import { pageOf } from "../paging.js";
import { presentMessage } from "../present.js";
import { callerOf } from "./caller.js";

export function messageRoutes(ctx: SandboxContext): Router {
  const router = Router();

  router.post("/messages", async (req, res) => {
    const contentType = req.get("content-type") ?? "";
    const { body, file } = contentType.startsWith("multipart/form-data")
      ? await multipartMessage(req.body as Buffer, contentType)
      : { body: req.body as unknown, file: undefined };
    // Kept for the page: a refused post still names the space it was meant for.
    res.locals.roomId = (body as { roomId?: unknown } | undefined)?.roomId;
    const made = await postMessage(ctx, callerOf(res), messageInput(body, file));
    res.json(presentMessage(made.value));
  });

  router.get("/messages", (req, res) => {
    const caller = callerOf(res);
    const { roomId, mentionedPeople, before, beforeMessage } = req.query as Record<string, string | undefined>;
    if (!roomId) throw new WebexHttpError(400, "roomId is required to list messages.");
    const room = ctx.state.rooms.get(roomId);
    if (!room || !ctx.state.isMember(roomId, caller.id)) throw new WebexHttpError(404, "Could not find a room with provided ID.");
    const mentionsMe = mentionedPeople === "me" || mentionedPeople === caller.id;
    if (caller.type === "bot" && room.type === "group" && !mentionsMe) {
      throw new WebexHttpError(403, "Bots can list messages of a group space only with mentionedPeople=me.");
    }
    let cutoff = before;
    if (beforeMessage) cutoff = ctx.state.messages.get(beforeMessage)?.created;
    const messages = ctx.state.messagesIn(roomId)
      .filter((m) => (!mentionsMe || m.mentionedPeople?.includes(caller.id)) && (!cutoff || m.created < cutoff))
      .sort((a, b) => b.created.localeCompare(a.created));
    res.json({ items: pageOf(req, res, messages, 50).map(presentMessage) });
  });

  router.get("/messages/:id", (req, res) => {
    const message = ctx.state.messages.get(req.params.id);
    if (!message || !ctx.state.isMember(message.roomId, callerOf(res).id)) throw new WebexHttpError(404, "Could not find a message with the provided ID.");
    res.json(presentMessage(message));
  });

  router.put("/messages/:id", (req, res) => {
    res.locals.roomId = (req.body as { roomId?: unknown } | undefined)?.roomId;
    res.json(presentMessage(editMessage(ctx, callerOf(res), req.params.id, req.body)));
  });

  router.delete("/messages/:id", (req, res) => {
    deleteMessage(ctx, callerOf(res), req.params.id);
    res.status(204).end();
  });
  return router;
}
