// Downloading an attachment streams it to a temporary file and counts bytes as they arrive: a
// file over the limit is refused (413) after at most a chunk past the limit, whether or not the
// server said its size, so a chunked 400 MB download never lands in memory or on disk.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { existsSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createWebexApi } from "../../bot/webex/api.js";

const MB = 2 ** 20;
let server: Server;
let base: string;
/** Bytes the server managed to hand to the socket for the last chunked download. */
let written = 0;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === "/v1/contents/small") {
      response.writeHead(200, { "content-type": "text/csv", "content-disposition": "attachment; filename=\"small.csv\"" });
      response.end("a,b\n1,2\n");
      return;
    }
    // 400 MB in 1 MB chunks, no Content-Length (chunked), as fast as the reader takes them.
    written = 0;
    response.writeHead(200, { "content-type": "text/csv" });
    const chunk = Buffer.alloc(MB, 0x61);
    let closed = false;
    response.on("close", () => { closed = true; });
    const pump = () => {
      while (!closed && written < 400 * MB) {
        written += chunk.length;
        if (!response.write(chunk)) { response.once("drain", pump); return; }
      }
      if (!closed) response.end();
    };
    pump();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(() => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }));

it("streams a file to disk with its name, and removes it on dispose", async () => {
  const file = await createWebexApi(base, "token").downloadFile(`${base}/contents/small`, MB);
  expect(file).toMatchObject({ name: "small.csv", contentType: "text/csv", bytes: 8 });
  expect(readFileSync(file.path, "utf8")).toBe("a,b\n1,2\n");
  await file.dispose();
  expect(existsSync(file.path)).toBe(false);
});

it("refuses a chunked download without Content-Length as soon as it passes the limit", async () => {
  const rssBefore = process.memoryUsage().rss;
  await expect(createWebexApi(base, "token").downloadFile(`${base}/contents/huge`, 5 * MB)).rejects.toMatchObject({ status: 413 });
  // The server could only write what the socket buffers took after the reader stopped.
  expect(written).toBeLessThan(100 * MB);
  expect(process.memoryUsage().rss - rssBefore).toBeLessThan(100 * MB);
});
