// GET /contents/{id}: a message's file, for a member of its space, with its name in
// Content-Disposition as Webex sends it.
import { Router } from "express";
import type { SandboxContext } from "../context.js";
import { WebexHttpError } from "../errors.js";
import { callerOf } from "./caller.js";

export function contentRoutes(ctx: SandboxContext): Router {
  const router = Router();
  router.get("/contents/:id", (req, res) => {
    const file = ctx.state.files.get(req.params.id);
    const message = [...ctx.state.messages.values()].find((m) => m.files?.some((url) => url.endsWith(`/contents/${req.params.id}`)));
    if (!file || !message || !ctx.state.isMember(message.roomId, callerOf(res).id)) throw new WebexHttpError(404, "Could not find the content with the provided ID.");
    res.setHeader("Content-Type", file.contentType);
    res.setHeader("Content-Disposition", contentDisposition(file.name));
    res.send(file.content);
  });
  return router;
}

/** `attachment; filename="..."` with an RFC 5987 form for names that are not plain ASCII. */
export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
