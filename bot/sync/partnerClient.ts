// A small client of the Webex partner APIs: zod-checked JSON and Link-header paging over the
// bot's one Webex HTTP client (timeouts, Retry-After, backoff: bot/webex/http.ts).
import type { Logger } from "pino";
import type { z } from "zod";
import { WebexApiError } from "../webex/errors.js";
import { createWebexHttp, type WebexHttp } from "../webex/http.js";
import type { WebexResponse } from "../webex/transport.js";

/** A partner API failure is a Webex API failure: status, path, Webex's message and a code. */
export { WebexApiError as PartnerApiError } from "../webex/errors.js";

export interface PartnerClientOptions {
  apiBase: string;
  token: string;
  log: Logger;
  sleep?: (ms: number) => Promise<void>;
  /** Retries of a transient failure (429, 5xx, no answer) per request before giving up. */
  maxRetries?: number;
  /** Per attempt (default 60 s: report downloads are large). */
  timeoutMs?: number;
}

/** The URL of rel="next" in a Link header, if any. */
export function nextLink(link: string | null): string | null {
  if (!link) return null;
  for (const part of link.split(",")) {
    const match = /<([^>]+)>\s*;\s*rel="?next"?/i.exec(part.trim());
    if (match) return match[1]!;
  }
  return null;
}

export class PartnerClient {
  private readonly base: URL;
  private readonly http: WebexHttp;

  constructor(options: PartnerClientOptions) {
    this.base = new URL(options.apiBase.endsWith("/") ? options.apiBase : `${options.apiBase}/`);
    this.http = createWebexHttp({
      apiBase: options.apiBase, token: options.token, log: options.log, sleep: options.sleep,
      retries: options.maxRetries ?? 5, timeoutMs: options.timeoutMs ?? 60_000, maxWaitMs: 300_000,
    });
  }

  private url(pathOrUrl: string): URL {
    return /^https?:/.test(pathOrUrl) ? new URL(pathOrUrl) : new URL(pathOrUrl.replace(/^\//, ""), this.base);
  }

  /** One request, retried while Webex asks to wait or is briefly down; a failure is a PartnerApiError. */
  async request(method: "GET" | "POST", pathOrUrl: string, body?: unknown): Promise<WebexResponse> {
    return this.http.request({ method, path: this.url(pathOrUrl).toString(), body });
  }

  async json<T>(method: "GET" | "POST", pathOrUrl: string, schema: z.ZodType<T>, body?: unknown): Promise<T> {
    const response = await this.request(method, pathOrUrl, body);
    const parsed = schema.safeParse(await response.json().catch(() => undefined));
    if (!parsed.success) throw new WebexApiError(response.status, this.url(pathOrUrl).pathname, `unexpected response shape (${parsed.error.issues[0]?.message ?? "?"})`);
    return parsed.data;
  }

  /** Every item of a paged list, following Link rel="next" to the end. */
  async all<T, Page>(path: string, schema: z.ZodType<Page>, itemsOf: (page: Page) => T[]): Promise<T[]> {
    const items: T[] = [];
    let next: string | null = path;
    while (next) {
      const response = await this.request("GET", next);
      const parsed = schema.safeParse(await response.json().catch(() => undefined));
      if (!parsed.success) throw new WebexApiError(response.status, this.url(next).pathname, "unexpected response shape");
      items.push(...itemsOf(parsed.data));
      next = nextLink(response.headers.get("link"));
    }
    return items;
  }

  async bytes(pathOrUrl: string): Promise<Buffer> {
    return Buffer.from(await (await this.request("GET", pathOrUrl)).arrayBuffer());
  }
}
