// One webhook per resource the bot needs, shared by every instance behind one URL. A start
// reconciles: creates what is missing, updates the target or secret when they changed, and
// deletes nothing (another instance, or another app on the token, may rely on it); a stop
// touches nothing. On PostgreSQL the reconcile runs under an advisory lock, so N instances
// starting at once end with exactly one webhook per resource.
import type { Db } from "../../domain/store/client.js";
import type { Engine } from "../../domain/store/engine.js";
import type { Logger } from "../log.js";
import type { WebexHttp } from "./http.js";

/** What the bot listens to: messages, card clicks (not in a firehose), and being added or removed. */
export const NEEDED_WEBHOOKS = [
  { resource: "messages", event: "created" },
  { resource: "attachmentActions", event: "created" },
  { resource: "memberships", event: "all" },
] as const;

/** Our webhooks' names: stable across starts and instances, so that a start finds them again. */
export const webhookName = (resource: string): string => `Partner Hub bot: ${resource}`;

interface ListedWebhook { id: string; name: string; targetUrl: string; resource: string; event: string; secret?: string; status?: string }

export interface ReconcileOutcome { created: string[]; updated: string[]; kept: string[] }

const LOCK_ID = 727_276;

export async function reconcileWebhooks(options: {
  http: WebexHttp; db: Db; engine: Engine; targetUrl: string; secret: string; log: Logger;
}): Promise<ReconcileOutcome> {
  const run = () => reconcile(options);
  if (options.engine !== "postgres") return run();
  // A transaction-scoped advisory lock: released when the transaction ends, even if we die.
  return options.db.$transaction(async (tx) => {
    await tx.$queryRawUnsafe(`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(${LOCK_ID})) AS held`);
    return run();
  }, { maxWait: 120_000, timeout: 120_000 });
}

async function reconcile(options: { http: WebexHttp; targetUrl: string; secret: string; log: Logger }): Promise<ReconcileOutcome> {
  const { http, log } = options;
  const existing = await listAll(http);
  const outcome: ReconcileOutcome = { created: [], updated: [], kept: [] };
  for (const needed of NEEDED_WEBHOOKS) {
    const name = webhookName(needed.resource);
    const ours = existing.filter((w) => w.name === name && w.resource === needed.resource);
    const current = ours[0];
    if (!current) {
      const made = await http.json<ListedWebhook>({
        method: "POST", path: "/webhooks",
        body: { name, targetUrl: options.targetUrl, resource: needed.resource, event: needed.event, secret: options.secret },
      });
      outcome.created.push(made.id);
      continue;
    }
    // Webex may not list a webhook's secret; without it we cannot tell, so we set it again.
    if (current.targetUrl !== options.targetUrl || current.secret !== options.secret || current.status === "inactive") {
      await http.json({ method: "PUT", path: `/webhooks/${encodeURIComponent(current.id)}`, body: { name, targetUrl: options.targetUrl, secret: options.secret, status: "active" } });
      outcome.updated.push(current.id);
    } else {
      outcome.kept.push(current.id);
    }
    if (ours.length > 1) log.warn({ resource: needed.resource, count: ours.length }, "several webhooks carry the bot's name for one resource; events arrive more than once (the inbox merges them). Delete the extra ones by hand.");
  }
  // The framework's old firehose (resource "all") from before this version doubles messages.
  const firehoses = existing.filter((w) => w.resource === "all" && w.targetUrl === options.targetUrl);
  if (firehoses.length) log.warn({ webhookIds: firehoses.map((w) => w.id) }, "an older all/all webhook points here too; events arrive twice (the inbox merges them). Delete it once no older instance runs.");
  log.info(outcome, "webhooks reconciled");
  return outcome;
}

async function listAll(http: WebexHttp): Promise<ListedWebhook[]> {
  const items: ListedWebhook[] = [];
  let next: string | undefined = "/webhooks?max=100";
  while (next) {
    const response = await http.request({ path: next });
    items.push(...((await response.json()) as { items: ListedWebhook[] }).items);
    next = /<([^>]+)>\s*;\s*rel="?next"?/i.exec(response.headers.get("link") ?? "")?.[1];
  }
  return items;
}
