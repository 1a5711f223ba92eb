// The bot (with its sandbox) in a process of its own, for tests and benchmarks that measure it
// from outside: its resident memory from /proc, its /healthz over HTTP, while a file it was
// given imports. Driven over IPC by measuredBot.ts: "drop" a file from disk into a space as a
// partner admin, and get the bot's answer and every edit of its status message back.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pino from "pino";
import { fixedClock } from "../../domain/clock.js";
import { startLocal } from "../../bot/local.js";

type Command = { type: "load"; path: string } | { type: "drop"; email: string; name: string; path: string; timeoutMs: number } | { type: "stop" };

/** A file read ahead ("load"), so that memory measured from a later baseline is the bot's own. */
const loaded = new Map<string, Buffer>();

const databaseUrl = process.env.BOT_DATABASE_URL!;
const run = await startLocal({
  databaseUrl, clock: fixedClock("2026-11-23T10:00:00Z"), log: pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" }),
  port: 0, sandboxPort: 0, timeZone: "UTC", dataDir: mkdtempSync(path.join(tmpdir(), "partnerhub-botprocess-")),
  demoCustomers: 5, maxImportBytes: Number(process.env.BOT_MAX_IMPORT_BYTES ?? 50 * 2 ** 20),
});

process.on("message", (command: Command) => {
  void (async () => {
    if (command.type === "stop") {
      await run.stop();
      process.exit(0);
    }
    if (command.type === "load") {
      loaded.set(command.path, readFileSync(command.path));
      // Peak minus a baseline taken at a random point of the collector's cycle measured that
      // cycle: a PostgreSQL drop gave 30.0 MiB once and 6.1 the next time, code unchanged.
      (globalThis as { gc?: () => void }).gc?.();
      process.send!({ type: "loaded" });
      return;
    }
    const room = run.sandbox.directRoomWith(command.email);
    const before = run.sandbox.messages(room.id).length;
    // The answer is the result card; a status message (text only) may come first.
    const answer = run.sandbox.waitForBotMessage(room.id, (m) => Boolean(m.attachments?.length), command.timeoutMs);
    // The sandbox keeps the posted bytes as they are (this buffer), as Webex keeps a posted file.
    const content = loaded.get(command.path) ?? readFileSync(command.path);
    await run.sandbox.say({ roomId: room.id, personEmail: command.email, file: { name: command.name, contentType: "text/csv", content } });
    const message = await answer;
    const botId = run.sandbox.bot.id;
    const status = run.sandbox.messages(room.id).slice(before).filter((m) => m.personId === botId && !m.attachments?.length);
    process.send!({ type: "answer", text: message.text, status: status.map((m) => ({ id: m.id, text: m.text })), edits: run.sandbox.edits(room.id) });
  })().catch((error: unknown) => process.send!({ type: "error", message: String((error as Error).stack ?? error) }));
});

process.send!({ type: "ready", healthUrl: `http://127.0.0.1:${run.bot.port}/healthz` });
