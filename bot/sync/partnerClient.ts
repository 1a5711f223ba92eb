// A small client of the Webex partner APIs: bearer token, zod-checked JSON, Link-header paging,
// and patience with rate limits (429 and 503 carry Retry-After in seconds).
import type { Logger } from "pino";
import type { z } from "zod";

export class PartnerApiError extends Error {
  constructor(readonly status: number, readonly path: string, detail: string) {
    super(`${path} answered ${status}${detail ? `: ${detail}` : ""}`);
  }
}

export interface PartnerClientOptions {
  apiBase: string;
  token: string;
  log: Logger;
  sleep?: (ms: number) => Promise<void>;
  /** Rate-limit retries per request before giving up. */
  maxRetries?: number;
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

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
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: PartnerClientOptions) {
    this.base = new URL(options.apiBase.endsWith("/") ? options.apiBase : `${options.apiBase}/`);
    this.sleep = options.sleep ?? defaultSleep;
  }

  private url(pathOrUrl: string): URL {
    return /^https?:/.test(pathOrUrl) ? new URL(pathOrUrl) : new URL(pathOrUrl.replace(/^\//, ""), this.base);
  }

  /** One request, retried while Webex asks to wait; any other non-2xx is a PartnerApiError. */
  async request(method: "GET" | "POST", pathOrUrl: string, body?: unknown): Promise<Response> {
    const url = this.url(pathOrUrl);
    // The token goes only to the API's own host: a download URL elsewhere must not receive it.
    const headers: Record<string, string> = url.origin === this.base.origin ? { authorization: `Bearer ${this.options.token}` } : {};
    if (body !== undefined) headers["content-type"] = "application/json";
    for (let attempt = 0; ; attempt++) {
      const response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      if ((response.status === 429 || response.status === 503) && attempt < (this.options.maxRetries ?? 5)) {
        const seconds = Number(response.headers.get("retry-after"));
        const waitMs = Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds, 300) * 1000 : 2 ** attempt * 1000;
        this.options.log.warn({ path: url.pathname, status: response.status, waitMs }, "partner API asked to wait");
        await response.body?.cancel();
        await this.sleep(waitMs);
        continue;
      }
      if (!response.ok) {
        const text = await response.text().catch(() => "");
        let message = "";
        try {
          message = String((JSON.parse(text) as { message?: unknown }).message ?? "");
        } catch {
          message = text.slice(0, 200);
        }
        throw new PartnerApiError(response.status, url.pathname, message);
      }
      return response;
    }
  }

  async json<T>(method: "GET" | "POST", pathOrUrl: string, schema: z.ZodType<T>, body?: unknown): Promise<T> {
    const response = await this.request(method, pathOrUrl, body);
    const parsed = schema.safeParse(await response.json().catch(() => undefined));
    if (!parsed.success) throw new PartnerApiError(response.status, this.url(pathOrUrl).pathname, `unexpected response shape (${parsed.error.issues[0]?.message ?? "?"})`);
    return parsed.data;
  }

  /** Every item of a paged list, following Link rel="next" to the end. */
  async all<T, Page>(path: string, schema: z.ZodType<Page>, itemsOf: (page: Page) => T[]): Promise<T[]> {
    const items: T[] = [];
    let next: string | null = path;
    while (next) {
      const response = await this.request("GET", next);
      const parsed = schema.safeParse(await response.json().catch(() => undefined));
      if (!parsed.success) throw new PartnerApiError(response.status, this.url(next).pathname, "unexpected response shape");
      items.push(...itemsOf(parsed.data));
      next = nextLink(response.headers.get("link"));
    }
    return items;
  }

  async bytes(pathOrUrl: string): Promise<Buffer> {
    return Buffer.from(await (await this.request("GET", pathOrUrl)).arrayBuffer());
  }
}
