// The few Webex REST calls the bot makes itself (the framework makes the rest): posting
// messages, cards and files, and downloading a file someone attached (download.ts, shared with
// the import worker). Plain HTTP (fetch, and node:http for a file streamed from disk, see
// upload.ts), so that the outbox sees every status and Retry-After (the SDK inside the framework
// retries nothing).
import { checkFileUrl, downloadToFile, fileInfo, type DownloadedFile, type FileSource } from "./download.js";
import { WebexApiError } from "./errors.js";
import { failure } from "./http.js";
import { exchange as jsonExchange, type WebexResponse } from "./transport.js";
import { postFileFromDisk } from "./upload.js";

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

export type { DownloadedFile, FileSource } from "./download.js";

export interface WebexApi {
  postMessage(message: OutgoingMessage): Promise<PostedMessage>;
  /** PUT /messages/{id}: replaces the text of a message the bot posted (in the same room). */
  editMessage(messageId: string, edit: { roomId: string; text?: string; markdown?: string }): Promise<PostedMessage>;
  /** Streams an attachment to a temporary file, refusing (413) past `maxBytes` as it streams. */
  downloadFile(url: string, maxBytes: number): Promise<DownloadedFile>;
  /**
   * What another process needs to download the attachment itself (the import worker, so the
   * bytes never pass through the bot's): refused (400) when the URL is not on the API's host.
   */
  fileSource(url: string): FileSource;
  /** The attachment's name and size (HEAD), without downloading it. */
  fileInfo(url: string): Promise<{ name: string; bytes?: number }>;
}

export interface WebexApiTimeouts {
  /** A JSON post (text, card) with no answer this long is abandoned as status 0 (default 30 s). */
  sendTimeoutMs?: number;
  /** The same for a post with a file, whose bytes take longer to move (default 5 min). */
  uploadTimeoutMs?: number;
}

export const DEFAULT_SEND_TIMEOUT_MS = 30_000;
export const DEFAULT_UPLOAD_TIMEOUT_MS = 300_000;

export function createWebexApi(apiBase: string, token: string, fetchImpl: typeof fetch = fetch, timeouts: WebexApiTimeouts = {}): WebexApi {
  const base = apiBase.replace(/\/+$/, "");
  // Every post has a deadline: one that never answers would otherwise hold its outbox lane (and
  // whoever awaits it) for as long as the socket stays open.
  const sendTimeoutMs = timeouts.sendTimeoutMs ?? DEFAULT_SEND_TIMEOUT_MS;
  const uploadTimeoutMs = timeouts.uploadTimeoutMs ?? DEFAULT_UPLOAD_TIMEOUT_MS;
  const authorization = `Bearer ${token}`;

  /** Runs one HTTP exchange; a network failure is status 0, a refusal Webex's status and reason. */
  async function exchange<R extends Response | WebexResponse>(path: string, request: () => Promise<R>): Promise<R> {
    let response: R;
    try {
      response = await request();
    } catch (error) {
      throw new WebexApiError(0, path, (error as Error).message);
    }
    if (!response.ok) throw await failure(response, path);
    return response;
  }

  /** `path` is relative to the API base, or an absolute URL on the API host (file links). */
  function send(path: string, init: RequestInit): Promise<Response> {
    const url = path.startsWith("http") ? path : `${base}${path}`;
    return exchange(path, () => fetchImpl(url, { ...init, headers: { authorization, ...init.headers } }));
  }

  /** A JSON call through the keep-alive transport (every answer's post: the hot path). */
  function sendJson(path: string, method: "POST" | "PUT", fields: Record<string, unknown>, timeoutMs: number): Promise<WebexResponse> {
    const headers = { authorization, "content-type": "application/json" };
    return exchange(path, () => jsonExchange(new URL(`${base}${path}`), { method, headers, body: JSON.stringify(fields), timeoutMs }));
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
      let response: Response | WebexResponse;
      // A file goes as multipart/form-data, with the text fields beside it.
      const formFields = Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
      const { file } = message;
      const timeoutMs = file ? uploadTimeoutMs : sendTimeoutMs;
      // The transport keeps JSON posts' deadline itself; a file's post is bounded by this signal.
      const signal = file ? AbortSignal.timeout(timeoutMs) : undefined;
      try {
        if (file?.path !== undefined) {
          // A report on disk is streamed from it, one chunk in memory at a time.
          const onDisk = { name: file.name, contentType: file.contentType, path: file.path };
          response = await exchange("/messages", () => postFileFromDisk(`${base}/messages`, { authorization }, formFields, onDisk, signal));
        } else if (file) {
          const form = new FormData();
          for (const [key, value] of Object.entries(formFields)) form.set(key, value);
          form.set("files", new Blob([new Uint8Array(file.content)], { type: file.contentType }), file.name);
          response = await send("/messages", { method: "POST", body: form, signal });
        } else {
          response = await sendJson("/messages", "POST", fields, timeoutMs);
        }
        const posted = (await response.json()) as PostedMessage;
        return { id: posted.id, roomId: posted.roomId };
      } catch (error) {
        // The abort's own message ("The operation was aborted due to timeout") names no deadline.
        if (signal?.aborted) throw new WebexApiError(0, "/messages", `no answer within ${timeoutMs / 1000} s`);
        throw error;
      }
    },

    async editMessage(messageId, edit) {
      const fields: Record<string, string> = { roomId: edit.roomId };
      if (edit.text !== undefined) fields.text = edit.text;
      if (edit.markdown !== undefined) fields.markdown = edit.markdown;
      const response = await sendJson(`/messages/${encodeURIComponent(messageId)}`, "PUT", fields, sendTimeoutMs);
      const edited = (await response.json()) as PostedMessage;
      return { id: edited.id, roomId: edited.roomId };
    },

    downloadFile(url, maxBytes) {
      return downloadToFile({ url, apiBase: base, token }, { maxBytes, fetchImpl });
    },

    fileInfo(url) {
      return fileInfo({ url, apiBase: base, token }, fetchImpl);
    },

    fileSource(url) {
      checkFileUrl(url, base);
      return { url, apiBase: base, token };
    },
  };
}
