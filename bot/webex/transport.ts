// One HTTP exchange with Webex for JSON calls (the reads of every event, the posts of every
// answer, webhooks, the partner APIs), on node:http(s) with keep-alive agents. Under a burst of
// webhook events, fetch (undici's WHATWG streams and Response objects, and an AbortSignal timer
// per call) was the largest single share of the bot's CPU after SQL: about 2 ms of the ~10 ms
// each event cost (BENCHMARKS.md, burst). Answers are read whole into one buffer, as every
// caller did with fetch (JSON, and the partner API's report files). Uploads from disk stream
// through upload.ts, downloads of attachments through fetch's stream (api.ts), and an in-memory
// file still goes through fetch's FormData (rare, small).
import http from "node:http";
import https from "node:https";

/** What callers read of an answer: the subset of fetch's Response the bot uses. */
export interface WebexResponse {
  readonly status: number;
  readonly ok: boolean;
  readonly statusText: string;
  readonly url: string;
  readonly headers: { get(name: string): string | null };
  json(): Promise<unknown>;
  text(): Promise<string>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface Exchange {
  method: "GET" | "POST" | "PUT" | "DELETE";
  headers: Record<string, string>;
  body?: string;
  /** The whole exchange's deadline, from the first byte sent to the last byte read. */
  timeoutMs: number;
}

/** No answer within the deadline (`code` "ETIMEDOUT"), or the socket's own failure (ECONNRESET…). */
export class TransportError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = "TransportError";
  }
}

// Sockets are reused across calls (Webex answers keep-alive); 64 at once per host bounds a burst.
const agents = {
  "http:": new http.Agent({ keepAlive: true, maxSockets: 64 }),
  "https:": new https.Agent({ keepAlive: true, maxSockets: 64 }),
};

function answer(url: URL, status: number, statusText: string, headers: http.IncomingHttpHeaders, body: Buffer): WebexResponse {
  return {
    status, ok: status >= 200 && status < 300, statusText, url: url.toString(),
    headers: {
      get(name) {
        const value = headers[name.toLowerCase()];
        return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
      },
    },
    json: async () => JSON.parse(body.toString("utf8")) as unknown,
    text: async () => body.toString("utf8"),
    arrayBuffer: async () => body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer,
  };
}

const deadlineText = (ms: number): string => (ms >= 1000 && ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`);

export function exchange(url: URL, call: Exchange): Promise<WebexResponse> {
  const transport = url.protocol === "https:" ? https : http;
  const agent = url.protocol === "https:" ? agents["https:"] : agents["http:"];
  const headers = call.body === undefined ? call.headers : { ...call.headers, "content-length": String(Buffer.byteLength(call.body)) };
  return new Promise((resolve, reject) => {
    const request = transport.request(url, { method: call.method, headers, agent });
    // One timer per exchange, cleared on settling: cheaper than an AbortSignal per call.
    const deadline = setTimeout(() => request.destroy(new TransportError("ETIMEDOUT", `no answer within ${deadlineText(call.timeoutMs)}`)), call.timeoutMs);
    const fail = (error: Error & { code?: string }) => {
      clearTimeout(deadline);
      reject(error instanceof TransportError ? error : new TransportError(error.code ?? "ECONNRESET", error.code ?? error.message));
    };
    request.on("error", fail);
    request.on("response", (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", fail);
      response.on("aborted", () => fail(new TransportError("ECONNRESET", "the answer was cut off")));
      response.on("end", () => {
        clearTimeout(deadline);
        resolve(answer(url, response.statusCode ?? 0, response.statusMessage ?? "", response.headers, Buffer.concat(chunks)));
      });
    });
    request.end(call.body);
  });
}
