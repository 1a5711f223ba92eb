// A stand-in for Webex's file host, over real HTTP on an ephemeral port: each file a test hosts
// gets a contents URL that the bot's own Webex client downloads, with the file's name (any
// characters, hostile ones included) in Content-Disposition as Webex sends it.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createWebexApi, type WebexApi } from "../../bot/webex/api.js";

export interface FileHost {
  /** The Webex client the bot would use, pointed at this host. */
  api: WebexApi;
  /** Hosts `content` as `name` and returns the URL a message's `files` would carry. */
  host(name: string, content: Buffer): string;
  close(): Promise<void>;
}

export async function startFileHost(): Promise<FileHost> {
  const files = new Map<string, { name: string; content: Buffer }>();
  const server: Server = createServer((request, response) => {
    const file = files.get(request.url ?? "");
    if (!file) {
      response.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ message: "not found" }));
      return;
    }
    response.writeHead(200, {
      "content-type": "text/csv",
      "content-length": String(file.content.length),
      "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    });
    response.end(file.content);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    api: createWebexApi(`${base}/v1`, "file-host-token"),
    host(name, content) {
      const path = `/v1/contents/${files.size + 1}`;
      files.set(path, { name, content });
      return `${base}${path}`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
