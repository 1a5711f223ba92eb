// The burst benchmark's "ceiling" config: the least any bot must do per event, in a process of
// its own, so the benchmark can say what the machine allows before the bot's own work counts.
// Per event: check the signature, answer 200, read the message from the stand-in (GET), post a
// one-line answer to its space (POST); both through fetch, as the bot's client does. No store,
// no ordering, no retries. Prints one line with its port once it listens.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { sparkSignature } from "../bot/sandbox/index.js";

const api = process.env.WEBEX_API_URL!;
const secret = process.env.WEBHOOK_SECRET!;
const authorization = `Bearer ${process.env.WEBEX_BOT_TOKEN!}`;

async function answer(messageId: string): Promise<void> {
  const read = await fetch(`${api}/messages/${messageId}`, { headers: { authorization } });
  const message = (await read.json()) as { roomId: string; text: string };
  const posted = await fetch(`${api}/messages`, {
    method: "POST", headers: { authorization, "content-type": "application/json" },
    body: JSON.stringify({ roomId: message.roomId, markdown: `You said ${message.text.length} characters.` }),
  });
  await posted.arrayBuffer();
}

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    const body = Buffer.concat(chunks).toString("utf8");
    if (req.headers["x-spark-signature"] !== sparkSignature(secret, body)) {
      res.writeHead(401).end();
      return;
    }
    res.writeHead(200).end();
    const envelope = JSON.parse(body) as { data: { id: string } };
    answer(envelope.data.id).catch((error: unknown) => console.error(`ceiling: ${(error as Error).message}`));
  });
});
server.listen(0, "127.0.0.1", () => console.log(JSON.stringify({ port: (server.address() as AddressInfo).port })));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
