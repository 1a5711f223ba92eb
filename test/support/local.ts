// Starts the whole product the way `npm start` does — the sandbox, a real store, the real
// framework over HTTP — for an end-to-end test, with "now" pinned.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pino from "pino";
import { fixedClock, type Clock } from "../../domain/clock.js";
import { startLocal, type LocalOptions, type LocalRun } from "../../bot/local.js";
import { freshStore, type EngineName } from "./engines.js";

export const TEST_NOW = new Date("2026-11-23T10:00:00Z");

export interface TestRun extends LocalRun {
  clock: Clock;
  /** Says `text` as `email` in their direct space with the bot and returns the bot's answer. */
  ask(email: string, text: string): Promise<import("../../bot/sandbox/index.js").SandboxMessage>;
  dispose(): Promise<void>;
}

export async function startTestRun(options: Partial<LocalOptions> & { engine?: EngineName } = {}): Promise<TestRun> {
  const engine = options.engine ?? "sqlite";
  // A throwaway database: freshStore creates (and later drops) it; startLocal opens its own store.
  const database = await freshStore(engine);
  await database.store.close();
  const dataDir = mkdtempSync(path.join(tmpdir(), "partnerhub-data-"));
  const clock = options.clock ?? fixedClock(TEST_NOW);
  const run = await startLocal({
    databaseUrl: database.url,
    clock,
    log: pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" }),
    port: 0,
    sandboxPort: 0,
    timeZone: "UTC",
    dataDir,
    demoCustomers: 60,
    ...options,
  });
  return {
    ...run,
    clock,
    async ask(email, text) {
      const room = run.sandbox.directRoomWith(email);
      const answer = run.sandbox.waitForBotMessage(room.id, undefined, 15_000);
      await run.sandbox.say({ roomId: room.id, personEmail: email, text });
      return answer;
    },
    async dispose() {
      await run.stop();
      await database.dispose().catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
