// Deps for calling handleEvent directly: a real store, a fixed clock, and an outbox that
// records each reply instead of posting it (nothing here reaches Webex).
import pino from "pino";
import { fixedClock } from "../../domain/clock.js";
import type { Store } from "../../domain/store/client.js";
import { createWebexApi } from "../../bot/webex/api.js";
import type { OutgoingMessage } from "../../bot/webex/api.js";
import type { Deps } from "../../bot/routing/types.js";
import type { Outbox } from "../../bot/outbox.js";
import { TEST_NOW } from "../support/local.js";

export interface RecordingDeps extends Deps { sent: OutgoingMessage[] }

export function recordingDeps(store: Store, now = TEST_NOW): RecordingDeps {
  const sent: OutgoingMessage[] = [];
  const outbox: Outbox = {
    async send(message) { sent.push(message); return { kind: "sent", outboxId: sent.length, posted: { id: `m${sent.length}`, roomId: message.roomId } }; },
    async resume() {},
    async drain() {},
  };
  return {
    db: store.db,
    clock: fixedClock(now),
    log: pino({ level: "silent" }),
    outbox,
    // Never called by commands: an address nothing listens on, so a stray call fails loudly.
    api: createWebexApi("http://127.0.0.1:9/v1", "unused-token"),
    botEmail: "bot@webex.bot",
    timeZone: "UTC",
    maxImportBytes: 1024 * 1024,
    sent,
  };
}
