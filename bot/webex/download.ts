// Downloading a file someone attached: streamed to a temporary file with the bot's token,
// refused (413) past the size limit as it streams, named from Content-Disposition. One module
// for both callers: the bot's Webex client (api.ts) and the import worker, which downloads a
// dropped file itself so that its bytes never pass through the bot's process (issue 14: every
// chunk read there is garbage the bot keeps until V8 collects it, +36 MiB RSS for 28 MB).
import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import type { ReadableStream } from "node:stream/web";
import { pipeline } from "node:stream/promises";
import { WebexApiError } from "./errors.js";
import { failure } from "./http.js";

/** A downloaded attachment, on disk in a directory of its own; `dispose` removes both. */
export interface DownloadedFile {
  name: string;
  contentType: string;
  path: string;
  bytes: number;
  dispose(): Promise<void>;
}

/** What a download needs: the file's URL, and the API it must be on with the token for it. */
export interface FileSource {
  url: string;
  apiBase: string;
  token: string;
}

/** Refuses a URL off the API's origin: the token must never go elsewhere. */
export function checkFileUrl(url: string, apiBase: string): void {
  if (!url.startsWith(`${new URL(apiBase).origin}/`)) {
    throw new WebexApiError(400, url, "the file URL is not on the Webex API host");
  }
}

/** The name Webex gives the file (Content-Disposition, RFC 5987 form included). */
function nameOf(headers: Headers): string {
  const disposition = headers.get("content-disposition") ?? "";
  return decodeURIComponent(/filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition)?.[1] ?? "upload");
}

/**
 * The file's name and size without its bytes (HEAD, as Webex documents for attachments): the
 * bot names the file in the space before, and whatever, the worker that downloads it does.
 */
export async function fileInfo(source: FileSource, fetchImpl: typeof fetch = fetch): Promise<{ name: string; bytes?: number }> {
  checkFileUrl(source.url, source.apiBase);
  let response: Response;
  try {
    response = await fetchImpl(source.url, { method: "HEAD", headers: { authorization: `Bearer ${source.token}` }, signal: AbortSignal.timeout(30_000) });
  } catch (error) {
    throw new WebexApiError(0, source.url, (error as Error).message);
  }
  if (!response.ok) throw await failure(response, source.url);
  const length = Number(response.headers.get("content-length") ?? Number.NaN);
  return { name: nameOf(response.headers), ...(Number.isFinite(length) && { bytes: length }) };
}

export interface DownloadOptions {
  maxBytes: number;
  fetchImpl?: typeof fetch;
  /** Where the download's own directory is made (default the system's temporary folder). */
  parentDir?: string;
}

export async function downloadToFile(source: FileSource, options: DownloadOptions): Promise<DownloadedFile> {
  const { url, apiBase, token } = source;
  const { maxBytes, fetchImpl = fetch } = options;
  checkFileUrl(url, apiBase);
  const urlPath = new URL(url).pathname;
  let response: Response;
  try {
    response = await fetchImpl(url, { method: "GET", headers: { authorization: `Bearer ${token}` } });
  } catch (error) {
    throw new WebexApiError(0, url, (error as Error).message);
  }
  if (!response.ok) throw await failure(response, url);
  const length = Number(response.headers.get("content-length"));
  const tooLarge = () => new WebexApiError(413, urlPath, `file is over the limit of ${maxBytes} bytes`);
  if (Number.isFinite(length) && length > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new WebexApiError(413, urlPath, `file of ${length} bytes is over the limit of ${maxBytes}`);
  }
  const name = nameOf(response.headers);
  const dir = await mkdtemp(path.join(options.parentDir ?? tmpdir(), "partnerhub-download-"));
  const dispose = () => rm(dir, { recursive: true, force: true });
  const file = path.join(dir, "file");
  let bytes = 0;
  // Counted as it streams: without a Content-Length (chunked), the limit still holds, and
  // at most one chunk past it is ever read.
  async function* counted(body: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
    for await (const chunk of body) {
      bytes += chunk.length;
      if (bytes > maxBytes) throw tooLarge();
      yield chunk;
    }
  }
  try {
    const body = response.body ? Readable.fromWeb(response.body as ReadableStream<Uint8Array>) : Readable.from([]);
    await pipeline(counted(body), createWriteStream(file));
  } catch (error) {
    await dispose();
    if (error instanceof WebexApiError) throw error;
    throw new WebexApiError(0, urlPath, (error as Error).message);
  }
  return { name, contentType: response.headers.get("content-type") ?? "application/octet-stream", path: file, bytes, dispose };
}
