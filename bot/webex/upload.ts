// Posting a file from disk as multipart/form-data through one reused 64 KiB buffer. fetch with
// a file-backed Blob streamed the file too, but every chunk was a new buffer: posting an
// 11 MB report grew the process by about 80 MB of garbage before V8 collected it. Here a chunk
// is reused only after the socket has taken it (the write callback), so the upload holds one
// chunk whatever the file's size.
import { randomUUID } from "node:crypto";
import { open, stat } from "node:fs/promises";
import http from "node:http";
import https from "node:https";

const CHUNK_BYTES = 64 * 1024;
/** No byte moving for this long is a dead connection, which the outbox retries; `signal` bounds the whole post. */
const IDLE_TIMEOUT_MS = 120_000;

export interface FileOnDisk { name: string; contentType: string; path: string }

// As browsers and undici write them: quotes and line breaks in a name are percent-encoded.
const quoted = (value: string): string => value.replace(/"/g, "%22").replace(/\r/g, "%0D").replace(/\n/g, "%0A");

function multipartParts(boundary: string, fields: Record<string, string>, file: FileOnDisk): { head: Buffer; tail: Buffer } {
  const lines: string[] = [];
  for (const [name, value] of Object.entries(fields)) {
    lines.push(`--${boundary}\r\nContent-Disposition: form-data; name="${quoted(name)}"\r\n\r\n${value}\r\n`);
  }
  lines.push(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${quoted(file.name)}"\r\nContent-Type: ${file.contentType}\r\n\r\n`);
  return { head: Buffer.from(lines.join(""), "utf8"), tail: Buffer.from(`\r\n--${boundary}--\r\n`, "utf8") };
}

/** POSTs `fields` and the file to `url`; resolves with the response as a fetch Response. */
export async function postFileFromDisk(url: string, headers: Record<string, string>, fields: Record<string, string>, file: FileOnDisk, signal?: AbortSignal): Promise<Response> {
  signal?.throwIfAborted();
  const boundary = `----PartnerHubBot${randomUUID().replace(/-/g, "")}`;
  const { head, tail } = multipartParts(boundary, fields, file);
  const { size } = await stat(file.path);
  const target = new URL(url);
  const transport = target.protocol === "https:" ? https : http;
  const handle = await open(file.path, "r");
  try {
    return await new Promise<Response>((resolve, reject) => {
      const request = transport.request(target, {
        method: "POST",
        headers: { ...headers, "content-type": `multipart/form-data; boundary=${boundary}`, "content-length": head.length + size + tail.length },
        timeout: IDLE_TIMEOUT_MS,
        // The whole exchange's deadline (the caller's), beside the idle timeout below.
        signal,
      });
      request.on("timeout", () => request.destroy(new Error(`no progress for ${IDLE_TIMEOUT_MS / 1000} s`)));
      request.on("error", reject);
      request.on("response", (response) => {
        const body: Buffer[] = [];
        response.on("data", (chunk: Buffer) => body.push(chunk));
        response.on("error", reject);
        response.on("end", () => {
          const responseHeaders = new Headers();
          for (const [name, value] of Object.entries(response.headers)) {
            if (value !== undefined) responseHeaders.set(name, Array.isArray(value) ? value.join(", ") : value);
          }
          const status = response.statusCode ?? 0;
          // A 204 or 304 Response may not carry a body.
          resolve(new Response(status === 204 || status === 304 ? null : Buffer.concat(body), { status, statusText: response.statusMessage, headers: responseHeaders }));
        });
      });
      const written = (chunk: Buffer) => new Promise<void>((done, fail) => request.write(chunk, (error) => (error ? fail(error) : done())));
      void (async () => {
        await written(head);
        const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
        for (;;) {
          const { bytesRead } = await handle.read(chunk, 0, CHUNK_BYTES, null);
          if (bytesRead === 0) break;
          await written(chunk.subarray(0, bytesRead));
        }
        request.end(tail);
      })().catch((error: unknown) => request.destroy(error as Error));
    });
  } finally {
    await handle.close();
  }
}
