// The bot's one Webex HTTP client for JSON calls (reads of messages, card actions, people and
// rooms; webhooks; the partner APIs): every call has a timeout, a 429 waits its Retry-After, a
// 5xx, a timeout or a socket error is retried with backoff, and what still fails is a
// WebexApiError with a code. The token goes only to the API's own host.
import type { Logger } from "../log.js";
import { WebexApiError } from "./errors.js";
import { exchange, type WebexResponse } from "./transport.js";

export interface WebexHttpOptions {
  apiBase: string;
  token: string;
  log?: Logger;
  /** Per attempt (default 10 s). */
  timeoutMs?: number;
  /** Further attempts after the first for transient failures (default 4). */
  retries?: number;
  /** First backoff for 5xx and network failures; doubles each attempt (default 250 ms). */
  backoffMs?: number;
  /** The longest Retry-After we wait inside one call (default 60 s); longer is the caller's to schedule. */
  maxWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface WebexRequest {
  method?: "GET" | "POST" | "PUT" | "DELETE";
  /** Relative to the API base (`/messages/ID`), or an absolute URL (next page, download). */
  path: string;
  body?: unknown;
  /** Overrides the client's default for this call. */
  retries?: number;
}

export interface WebexHttp {
  readonly base: string;
  /** The successful response; anything else after the retries is a WebexApiError. */
  request(request: WebexRequest): Promise<WebexResponse>;
  json<T = unknown>(request: WebexRequest): Promise<T>;
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function createWebexHttp(options: WebexHttpOptions): WebexHttp {
  const base = options.apiBase.replace(/\/+$/, "");
  const origin = new URL(base).origin;
  const sleep = options.sleep ?? defaultSleep;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const backoffMs = options.backoffMs ?? 250;
  const maxWaitMs = options.maxWaitMs ?? 60_000;

  async function attempt(url: URL, path: string, request: WebexRequest): Promise<WebexResponse> {
    const headers: Record<string, string> = {};
    if (url.origin === origin) headers.authorization = `Bearer ${options.token}`;
    if (request.body !== undefined) headers["content-type"] = "application/json";
    let response: WebexResponse;
    try {
      response = await exchange(url, {
        method: request.method ?? "GET", headers, timeoutMs,
        ...(request.body !== undefined && { body: JSON.stringify(request.body) }),
      });
    } catch (error) {
      throw new WebexApiError(0, path, (error as Error).message);
    }
    if (response.ok) return response;
    throw await failure(response, path);
  }

  async function request(request: WebexRequest): Promise<WebexResponse> {
    const url = /^https?:/.test(request.path) ? new URL(request.path) : new URL(`${base}${request.path}`);
    const path = url.pathname;
    const retries = request.retries ?? options.retries ?? 4;
    for (let tries = 0; ; tries++) {
      try {
        return await attempt(url, path, request);
      } catch (error) {
        if (!(error instanceof WebexApiError) || !error.transient || tries >= retries) throw error;
        const waitMs = error.status === 429
          ? (error.retryAfterSeconds ?? 1) * 1000
          : backoffMs * 2 ** tries * (0.5 + Math.random() / 2);
        if (waitMs > maxWaitMs) throw error;
        options.log?.warn({ path, status: error.status, code: error.code, waitMs, attempt: tries + 1 }, "Webex call failed; trying again");
        await sleep(waitMs);
      }
    }
  }

  return {
    base,
    request,
    async json<T>(call: WebexRequest): Promise<T> {
      const response = await request(call);
      if (response.status === 204) return undefined as T;
      try {
        return (await response.json()) as T;
      } catch (error) {
        throw new WebexApiError(0, new URL(response.url || base).pathname, `the answer was not JSON (${(error as Error).message})`);
      }
    },
  };
}

/** What `failure` reads of an answer: fetch's Response (uploads) and the transport's both have it. */
type FailedAnswer = Pick<WebexResponse, "status" | "statusText" | "headers" | "json">;

/** A Webex error answer as a WebexApiError (status, Webex's message, tracking id, Retry-After). */
export async function failure(response: FailedAnswer, path: string): Promise<WebexApiError> {
  let message = response.statusText;
  try {
    const body = (await response.json()) as { message?: string };
    if (body.message) message = body.message;
  } catch {
    // Not every failure has a JSON body (a proxy's 502, say).
  }
  const retryAfter = Number(response.headers.get("retry-after") ?? Number.NaN);
  return new WebexApiError(
    response.status, path, message, response.headers.get("trackingid") ?? undefined,
    Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter : undefined,
  );
}
