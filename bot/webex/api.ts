// The few Webex REST calls the bot makes itself (the framework makes the rest): posting
// messages, cards and files, and downloading a file someone attached. Plain fetch, so that the
// outbox sees every status and Retry-After (the SDK inside the framework retries nothing).
import { openAsBlob } from "node:fs";
import { WebexApiError } from "./errors.js";

export interface OutgoingMessage {
  roomId: string;
  text?: string;
  markdown?: string;
  /** One Adaptive Card at most (a Webex rule). */
  card?: object;
  parentId?: string;
  /** One file (a Webex rule): in memory, or on disk (large reports), which is streamed. */
  file?: OutgoingFile;
}

export type OutgoingFile = { name: string; contentType: string } & ({ content: Buffer; path?: undefined } | { path: string; content?: undefined });

export interface PostedMessage {
  id: string;
  roomId: string;
}

export interface WebexApi {
  postMessage(message: OutgoingMessage): Promise<PostedMessage>;
  downloadFile(url: string, maxBytes: number): Promise<{ name: string; contentType: string; content: Buffer }>;
}

export function createWebexApi(apiBase: string, token: string, fetchImpl: typeof fetch = fetch): WebexApi {
  const base = apiBase.replace(/\/+$/, "");
  const authorization = `Bearer ${token}`;

  async function failure(response: Response, path: string): Promise<WebexApiError> {
    let message = response.statusText;
    try {
      const body = (await response.json()) as { message?: string };
      if (body.message) message = body.message;
    } catch {
      // Not every failure has a JSON body (a proxy's 502, say).
    }
    const retryAfter = Number(response.headers.get("retry-after"));
    return new WebexApiError(
      response.status,
      path,
      message,
      response.headers.get("trackingid") ?? undefined,
      Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter : undefined,
    );
  }

  /** `path` is relative to the API base, or an absolute URL on the API host (file links). */
  async function send(path: string, init: RequestInit): Promise<Response> {
    let response: Response;
    try {
      const url = path.startsWith("http") ? path : `${base}${path}`;
      response = await fetchImpl(url, { ...init, headers: { authorization, ...init.headers } });
    } catch (error) {
      throw new WebexApiError(0, path, (error as Error).message);
    }
    if (!response.ok) throw await failure(response, path);
    return response;
  }

  return {
    async postMessage(message) {
      const fields: Record<string, unknown> = { roomId: message.roomId };
      if (message.text !== undefined) fields.text = message.text;
      if (message.markdown !== undefined) fields.markdown = message.markdown;
      if (message.parentId) fields.parentId = message.parentId;
      if (message.card) {
        fields.attachments = [{ contentType: "application/vnd.microsoft.card.adaptive", content: message.card }];
      }
      let response: Response;
      if (message.file) {
        const form = new FormData();
        for (const [key, value] of Object.entries(fields)) {
          if (typeof value === "string") form.set(key, value);
        }
        const { file } = message;
        // A file on disk becomes a Blob backed by the file: the upload streams it from disk.
        const blob = file.path !== undefined
          ? await openAsBlob(file.path, { type: file.contentType })
          : new Blob([new Uint8Array(file.content)], { type: file.contentType });
        form.set("files", blob, file.name);
        response = await send("/messages", { method: "POST", body: form });
      } else {
        response = await send("/messages", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(fields),
        });
      }
      const posted = (await response.json()) as PostedMessage;
      return { id: posted.id, roomId: posted.roomId };
    },

    async downloadFile(url, maxBytes) {
      // Only follow file URLs on the API we talk to: the token must never go elsewhere.
      if (!url.startsWith(`${new URL(base).origin}/`)) {
        throw new WebexApiError(400, url, "the file URL is not on the Webex API host");
      }
      const path = new URL(url).pathname;
      const response = await send(url, { method: "GET" });
      const length = Number(response.headers.get("content-length"));
      if (Number.isFinite(length) && length > maxBytes) {
        throw new WebexApiError(413, path, `file of ${length} bytes is over the limit of ${maxBytes}`);
      }
      const content = Buffer.from(await response.arrayBuffer());
      if (content.length > maxBytes) throw new WebexApiError(413, path, `file is over the limit of ${maxBytes} bytes`);
      const disposition = response.headers.get("content-disposition") ?? "";
      const name = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition)?.[1] ?? "upload";
      return { name: decodeURIComponent(name), contentType: response.headers.get("content-type") ?? "application/octet-stream", content };
    },
  };
}
