// Webhook delivery as Webex does it: one JSON POST per matching webhook, with the envelope
// fields Webex sends and `X-Spark-Signature` = hex HMAC-SHA1 of the exact body bytes keyed with
// the webhook's secret. Failed deliveries are logged, never retried (Webex gives up too).
import { createHmac } from "node:crypto";
import type { Logger } from "pino";
import type { SandboxState } from "./state.js";
import type { PersonRecord, WebhookRecord } from "./types.js";

export interface SandboxEvent {
  resource: "messages" | "memberships" | "attachmentActions" | "rooms";
  event: "created" | "updated" | "deleted";
  actorId: string;
  roomId: string;
  roomType: "direct" | "group";
  data: Record<string, unknown>;
  /** messages only: who the message mentions; bots hear group messages only when mentioned */
  mentionedPeople?: string[];
}

/** The signature Webex puts in X-Spark-Signature for `body` sent to a webhook with `secret`. */
export function sparkSignature(secret: string, body: string | Buffer): string {
  return createHmac("sha1", secret).update(body).digest("hex");
}

/** Posts `event` to every webhook that would receive it; resolves when all attempts are over. */
export async function deliverEvent(state: SandboxState, event: SandboxEvent, logger: Logger): Promise<void> {
  const targets = [...state.webhooks.values()].filter((webhook) => receives(state, webhook, event));
  await Promise.all(targets.map((webhook) => post(webhook, envelope(webhook, event), logger)));
}

function envelope(webhook: WebhookRecord, event: SandboxEvent): Record<string, unknown> {
  const body: Record<string, unknown> = {
    id: webhook.id, name: webhook.name, targetUrl: webhook.targetUrl, resource: event.resource,
    event: event.event,
  };
  if (webhook.filter) body.filter = webhook.filter;
  return {
    ...body, orgId: webhook.orgId, createdBy: webhook.createdBy, appId: webhook.appId,
    ownedBy: webhook.ownedBy, status: webhook.status, created: webhook.created,
    actorId: event.actorId, data: event.data,
  };
}

async function post(webhook: WebhookRecord, payload: Record<string, unknown>, logger: Logger): Promise<void> {
  const body = JSON.stringify(payload);
  const headers: Record<string, string> = { "content-type": "application/json; charset=utf-8" };
  if (webhook.secret) headers["x-spark-signature"] = sparkSignature(webhook.secret, body);
  try {
    const response = await fetch(webhook.targetUrl, { method: "POST", headers, body, signal: AbortSignal.timeout(10_000) });
    await response.arrayBuffer();
    if (!response.ok) logger.warn({ webhookId: webhook.id, status: response.status }, "webhook target answered an error");
  } catch (error) {
    logger.warn({ webhookId: webhook.id, err: (error as Error).message }, "webhook delivery failed");
  }
}

function receives(state: SandboxState, webhook: WebhookRecord, event: SandboxEvent): boolean {
  if (webhook.status !== "active") return false;
  // The framework notes (and relies on) the firehose not carrying card actions.
  const resourceMatches = webhook.resource === event.resource ||
    (webhook.resource === "all" && event.resource !== "attachmentActions");
  if (!resourceMatches) return false;
  if (webhook.event !== "all" && webhook.event !== event.event) return false;
  const owner = state.people.get(webhook.createdBy);
  if (!owner || !canSee(state, owner, event)) return false;
  return filterMatches(webhook.filter, owner, event);
}

function canSee(state: SandboxState, owner: PersonRecord, event: SandboxEvent): boolean {
  const aboutOwner = event.resource === "memberships" && event.data.personId === owner.id;
  if (!aboutOwner && !state.isMember(event.roomId, owner.id)) return false;
  // Webex sends a bot the group-space messages that mention it (and its own), nothing else.
  if (owner.type === "bot" && event.resource === "messages" && event.event === "created" &&
      event.roomType === "group" && event.actorId !== owner.id) {
    return event.mentionedPeople?.includes(owner.id) ?? false;
  }
  return true;
}

function filterMatches(filter: string | undefined, owner: PersonRecord, event: SandboxEvent): boolean {
  if (!filter) return true;
  for (const [key, wanted] of new URLSearchParams(filter)) {
    if (key === "mentionedPeople") {
      const id = wanted === "me" ? owner.id : wanted;
      if (!event.mentionedPeople?.includes(id)) return false;
    } else if (key === "roomType") {
      if (event.roomType !== wanted) return false;
    } else if (key === "roomId") {
      if (event.roomId !== wanted) return false;
    } else if (key === "hasFiles") {
      if (Boolean((event.data.files as unknown[] | undefined)?.length) !== (wanted === "true")) return false;
    } else if (String(event.data[key] ?? "").toLowerCase() !== wanted.toLowerCase()) {
      return false;
    }
  }
  return true;
}
