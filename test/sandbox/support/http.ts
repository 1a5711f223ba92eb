// Real HTTP against a sandbox: a small fetch wrapper that answers status, headers and the parsed body.
import type { Sandbox } from "../../../bot/sandbox/index.js";

export interface ApiAnswer { status: number; headers: Headers; body: any }

export function apiClient(sandbox: Sandbox, token: string) {
  return async function api(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiAnswer> {
    const init: RequestInit = { method, headers: { authorization: `Bearer ${token}`, ...headers } };
    if (body instanceof FormData) init.body = body;
    else if (typeof body === "string") init.body = body;
    else if (body !== undefined) {
      init.body = JSON.stringify(body);
      (init.headers as Record<string, string>)["content-type"] = "application/json";
    }
    const response = await fetch(`${sandbox.url}/v1${path}`, init);
    const text = await response.text();
    let parsed: unknown = text;
    try { parsed = text ? JSON.parse(text) : undefined; } catch { /* not JSON: keep the text */ }
    return { status: response.status, headers: response.headers, body: parsed };
  };
}

/** A valid Adaptive Card of `version` with one Action.Submit. */
export function makeCard(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: "AdaptiveCard", version: "1.3", $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    body: [{ type: "TextBlock", text: "Customers expiring soon", weight: "Bolder" }],
    actions: [{ type: "Action.Submit", title: "Show more", data: { action: "more" } }],
    ...overrides,
  };
}

export const CARD_TYPE = "application/vnd.microsoft.card.adaptive";
