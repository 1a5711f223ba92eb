// The /v1 API: request log, bearer check, injected failures, body parsing, the Webex resources,
// the routers other parts add (partner API emulation), then Webex-shaped 404s and errors.
import express, { Router, type NextFunction, type Request, type Response } from "express";
import type { SandboxContext } from "./context.js";
import { sendWebexError, WebexHttpError } from "./errors.js";
import { attachmentActionRoutes } from "./routes/attachment-actions.js";
import { contentRoutes } from "./routes/contents.js";
import { membershipRoutes } from "./routes/memberships.js";
import { messageRoutes } from "./routes/messages.js";
import { peopleRoutes } from "./routes/people.js";
import { roomRoutes } from "./routes/rooms.js";
import { webhookRoutes } from "./routes/webhooks.js";
import type { PersonRecord } from "./types.js";

export function apiRouter(ctx: SandboxContext, extraRouters: Router[]): Router {
  const api = Router();
  api.use(recordRequest(ctx));
  api.use(bearerCheck(ctx));
  api.use(express.json({ limit: "2mb" }));
  api.use(express.raw({ type: "multipart/form-data", limit: "110mb" }));
  api.use(injectedFailure(ctx));
  api.use(ctx.state.faults.middleware((path) => resourceRoom(ctx, path)));
  api.use(peopleRoutes(ctx), roomRoutes(ctx), membershipRoutes(ctx), messageRoutes(ctx),
    attachmentActionRoutes(ctx), webhookRoutes(ctx), contentRoutes(ctx));
  for (const router of extraRouters) api.use(router);
  api.use((req: Request, res: Response) => {
    sendWebexError(res, 404, `The requested resource ${req.method} ${req.path} could not be found.`);
  });
  api.use(webexErrorHandler(ctx));
  return api;
}

/** Keeps every request with its status and caller (sandbox.requests()), and the bot's refused posts. */
export function recordRequest(ctx: SandboxContext) {
  return (req: Request, res: Response, next: NextFunction) => {
    res.on("finish", () => {
      const caller = res.locals.caller as PersonRecord | undefined;
      const [path = "", query = ""] = req.originalUrl.split("?");
      const at = new Date().toISOString();
      ctx.state.requests.push({ method: req.method, path, query, status: res.statusCode, ...(caller && { personEmail: caller.email }), at });
      if (caller?.id === ctx.bot.id && res.statusCode >= 400 && res.statusCode < 500) {
        const roomId = refusedRoom(ctx, req, res);
        if (roomId) {
          ctx.state.addRefusal({ roomId, status: res.statusCode, message: String(res.locals.webexError ?? ""), method: req.method, path, at });
        }
      }
    });
    next();
  };
}

/** The space a refused bot call was aimed at, so that the page can show the refusal there. */
function refusedRoom(ctx: SandboxContext, req: Request, res: Response): string | undefined {
  const body = (typeof req.body === "object" && req.body !== null && !Buffer.isBuffer(req.body) ? req.body : {}) as Record<string, unknown>;
  const roomId = res.locals.roomId ?? body.roomId;
  if (typeof roomId === "string" && ctx.state.rooms.has(roomId)) return roomId;
  const email = body.toPersonEmail;
  const person = typeof email === "string" ? ctx.state.personByEmail(email) : undefined;
  return person ? ctx.state.directRoomOf(ctx.bot.id, person.id)?.id : undefined;
}

/** The space of the message or card action a GET path names, for faults aimed at one space. */
function resourceRoom(ctx: SandboxContext, path: string): string | undefined {
  const [, kind, id, more] = /^\/(messages|attachment\/actions)\/([^/]+)(\/.*)?$/.exec(path) ?? [];
  if (!id || more) return undefined;
  return kind === "messages" ? ctx.state.messages.get(id)?.roomId : ctx.state.actions.get(id)?.roomId;
}

function bearerCheck(ctx: SandboxContext) {
  return (req: Request, res: Response, next: NextFunction) => {
    const match = /^Bearer\s+(\S+)$/i.exec(req.get("authorization") ?? "");
    const personId = match ? ctx.state.tokens.get(match[1]!) : undefined;
    const caller = personId ? ctx.state.people.get(personId) : undefined;
    if (!caller) {
      sendWebexError(res, 401, "The request requires a valid access token set in the Authorization request header.");
      return;
    }
    res.locals.caller = caller;
    next();
  };
}

function injectedFailure(ctx: SandboxContext) {
  return (req: Request, res: Response, next: NextFunction) => {
    const rule = ctx.state.takeFailure(req.method, req.originalUrl.split("?")[0]!);
    if (!rule) {
      next();
      return;
    }
    if (rule.status === 429) res.setHeader("Retry-After", String(rule.retryAfterSeconds ?? 1));
    const messages = { 429: "Too Many Requests.", 500: "Internal Server Error.", 502: "Bad Gateway.", 503: "Service Unavailable." };
    sendWebexError(res, rule.status, messages[rule.status]);
  };
}

function webexErrorHandler(ctx: SandboxContext) {
  return (error: unknown, req: Request, res: Response, _next: NextFunction) => {
    if (error instanceof WebexHttpError) {
      sendWebexError(res, error.status, error.message);
      return;
    }
    const status = (error as { status?: number }).status;
    if (status === 400 || status === 413) {
      // body-parser's errors: malformed JSON or an over-long body
      sendWebexError(res, status, status === 413 ? "The request body is too large." : "The request body could not be parsed as JSON.");
      return;
    }
    ctx.logger.error({ err: error, method: req.method, path: req.path }, "sandbox route failed");
    sendWebexError(res, 500, "Internal Server Error.");
  };
}
