// GET/POST /webhooks, GET/PUT/DELETE /webhooks/{id}; each token sees only its own webhooks.
import { Router, type Response } from "express";
import { z } from "zod";
import type { SandboxContext } from "../context.js";
import { WebexHttpError } from "../errors.js";
import { webexId } from "../ids.js";
import { pageOf } from "../paging.js";
import { presentWebhook } from "../present.js";
import type { WebhookRecord } from "../types.js";
import { callerOf } from "./caller.js";

const RESOURCES = ["all", "attachmentActions", "memberships", "messages", "rooms", "meetings", "recordings",
  "meetingParticipants", "meetingTranscripts", "telephony_calls", "telephony_conference", "telephony_mwi",
  "uc_counters", "convergedRecordings", "dataSources", "adminBatchJobs"] as const;
const EVENTS = ["all", "created", "updated", "deleted", "started", "ended", "joined", "left", "migrated", "authorized", "deauthorized", "statusChanged"] as const;

const createSchema = z.object({
  name: z.string().min(1).max(128),
  targetUrl: z.url(),
  resource: z.enum(RESOURCES),
  event: z.enum(EVENTS),
  filter: z.string().optional(),
  secret: z.string().optional(),
  ownedBy: z.enum(["creator", "org"]).optional(),
});

const updateSchema = z.object({
  name: z.string().min(1).max(128),
  targetUrl: z.url(),
  secret: z.string().optional(),
  status: z.enum(["active", "inactive"]).optional(),
});

export function webhookRoutes(ctx: SandboxContext): Router {
  const router = Router();
  const own = (res: Response, id: string): WebhookRecord => {
    const webhook = ctx.state.webhooks.get(id);
    if (!webhook || webhook.createdBy !== callerOf(res).id) throw new WebexHttpError(404, "Could not find a webhook with the provided ID.");
    return webhook;
  };

  router.get("/webhooks", (req, res) => {
    const mine = [...ctx.state.webhooks.values()].filter((w) => w.createdBy === callerOf(res).id);
    res.json({ items: pageOf(req, res, mine).map(presentWebhook) });
  });
  router.post("/webhooks", (req, res) => {
    const fields = parseOr400(createSchema, req.body, "webhook");
    const webhook: WebhookRecord = {
      id: webexId("WEBHOOK"), name: fields.name, targetUrl: fields.targetUrl, resource: fields.resource,
      event: fields.event, ...(fields.filter && { filter: fields.filter }), ...(fields.secret && { secret: fields.secret }),
      status: "active", created: ctx.state.now(), orgId: ctx.state.orgId, createdBy: callerOf(res).id,
      appId: ctx.state.appId, ownedBy: "creator",
    };
    ctx.state.webhooks.set(webhook.id, webhook);
    res.json(presentWebhook(webhook));
  });
  router.get("/webhooks/:id", (req, res) => {
    res.json(presentWebhook(own(res, req.params.id)));
  });
  router.put("/webhooks/:id", (req, res) => {
    const webhook = own(res, req.params.id);
    const fields = parseOr400(updateSchema, req.body, "webhook update");
    webhook.name = fields.name;
    webhook.targetUrl = fields.targetUrl;
    if (fields.secret !== undefined) webhook.secret = fields.secret;
    // An inactive webhook receives nothing; Webex also marks webhooks inactive after failures.
    (webhook as { status: string }).status = fields.status ?? webhook.status;
    res.json(presentWebhook(webhook));
  });
  router.delete("/webhooks/:id", (req, res) => {
    ctx.state.webhooks.delete(own(res, req.params.id).id);
    res.status(204).end();
  });
  return router;
}

function parseOr400<T>(schema: z.ZodType<T>, body: unknown, what: string): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new WebexHttpError(400, `Invalid ${what}: ${issue?.path.join(".") || "body"}: ${issue?.message}.`);
}
