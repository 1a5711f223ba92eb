// The Webex sandbox in its own process for the outbox benchmark (so that its work is not
// counted against the bot's): it creates the spaces, sends their ids, and answers "count" with
// how many messages the bot has posted and how many spaces got a message twice.
import { randomBytes } from "node:crypto";
import pino from "pino";
import { startSandbox } from "../bot/sandbox/index.js";

const spaces = Number(process.argv[2] ?? 200);
const token = randomBytes(24).toString("hex");
const sandbox = await startSandbox({ port: 0, botToken: token, logger: pino({ level: "silent" }) });
const rooms = Array.from({ length: spaces }, (_, i) => sandbox.createGroupRoom(`Bench ${i}`, ["ana.silva@partner.example"]).id);
process.on("message", (request: { kind: string }) => {
  if (request.kind === "count") {
    let posted = 0;
    let duplicates = 0;
    for (const roomId of rooms) {
      const texts = sandbox.messages(roomId).filter((m) => m.personEmail === sandbox.bot.email).map((m) => m.text);
      posted += texts.length;
      duplicates += texts.length - new Set(texts).size;
    }
    process.send?.({ kind: "count", posted, duplicates });
  } else if (request.kind === "stop") void sandbox.close().then(() => process.exit(0));
});
process.send?.({ kind: "ready", url: sandbox.url, token, rooms });
