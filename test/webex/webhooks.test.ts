// One webhook owner: starts reconcile the bot's webhooks (one per resource it needs) instead of
// deleting and recreating them, so instances sharing a token never silence each other.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pino } from "pino";
import { startSandbox, type Sandbox } from "../../bot/sandbox/index.js";
import { createWebexHttp } from "../../bot/webex/http.js";
import { NEEDED_WEBHOOKS, reconcileWebhooks, webhookName } from "../../bot/webex/webhooks.js";
import { freshStore } from "../support/engines.js";

const log = pino({ level: "silent" });
const TOKEN = "bot-token";

describe("webhook reconcile on PostgreSQL", () => {
  let sandbox: Sandbox;
  let database: Awaited<ReturnType<typeof freshStore>>;
  beforeAll(async () => {
    sandbox = await startSandbox({ botToken: TOKEN });
    database = await freshStore("postgres");
  });
  afterAll(async () => {
    await database?.dispose();
    await sandbox?.close();
  });

  const list = async () => ((await (await fetch(`${sandbox.url}/v1/webhooks`, { headers: { authorization: `Bearer ${TOKEN}` } })).json()) as { items: Array<{ id: string; name: string; resource: string; event: string; targetUrl: string; secret?: string }> }).items;
  const reconcile = (targetUrl: string, secret: string) => reconcileWebhooks({
    http: createWebexHttp({ apiBase: `${sandbox.url}/v1`, token: TOKEN }), db: database.store.db, engine: "postgres", targetUrl, secret, log,
  });

  it("leaves exactly one webhook per resource after five instances start at once, and touches another app's webhook not at all", async () => {
    const other = await fetch(`${sandbox.url}/v1/webhooks`, {
      method: "POST", headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify({ name: "someone else's", targetUrl: "https://elsewhere.example/hook", resource: "rooms", event: "all" }),
    });
    expect(other.status).toBe(200);
    await Promise.all(Array.from({ length: 5 }, () => reconcile("https://bot.example/webhook", "secret-one-of-enough-length")));
    const hooks = await list();
    for (const needed of NEEDED_WEBHOOKS) {
      const ours = hooks.filter((h) => h.name === webhookName(needed.resource));
      expect(ours, needed.resource).toHaveLength(1);
      expect(ours[0]).toMatchObject({ resource: needed.resource, event: needed.event, targetUrl: "https://bot.example/webhook" });
    }
    expect(hooks.filter((h) => h.name === "someone else's")).toHaveLength(1);
    // A card click has one webhook to come through: no catch-all of ours.
    expect(hooks.filter((h) => h.resource === "all")).toHaveLength(0);
  });

  it("updates the target and the secret in place when they changed, keeping the webhooks' ids", async () => {
    const before = (await list()).filter((h) => h.name.startsWith("Partner Hub bot")).map((h) => h.id).sort();
    const outcome = await reconcile("https://moved.example/webhook", "secret-two-of-enough-length");
    expect(outcome.created).toEqual([]);
    const after = (await list()).filter((h) => h.name.startsWith("Partner Hub bot"));
    expect(after.map((h) => h.id).sort()).toEqual(before);
    expect(after.every((h) => h.targetUrl === "https://moved.example/webhook" && h.secret === "secret-two-of-enough-length")).toBe(true);
    // Nothing changed: nothing written.
    const again = await reconcile("https://moved.example/webhook", "secret-two-of-enough-length");
    expect(again.updated).toEqual([]);
    expect(again.kept).toHaveLength(NEEDED_WEBHOOKS.length);
  });
});
