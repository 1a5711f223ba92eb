// A bot process for the kill -9 test: it sends one reply through the outbox on the given
// database and sandbox, and is SIGKILLed by the test while Webex holds the POST.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pino from "pino";
import { openStore } from "../../domain/store/client.js";
import { systemClock } from "../../domain/clock.js";
import { createWebexApi } from "../../bot/webex/api.js";
import { createOutbox } from "../../bot/outbox.js";

const [databaseUrl, sandboxUrl, token, roomId, leaseMs] = process.argv.slice(2) as [string, string, string, string, string];
const store = await openStore(databaseUrl);
const outbox = createOutbox({
  db: store.db, api: createWebexApi(`${sandboxUrl}/v1`, token), clock: systemClock, log: pino({ level: "silent" }),
  spoolDir: mkdtempSync(path.join(tmpdir(), "outbox-")), leaseMs: Number(leaseMs),
});
await outbox.send({ roomId, text: "the answer in flight" });
