// Events the framework delivers while the bot is still starting (its webhooks or websocket are
// live before the outbox and the rest are wired) wait here and are handled, in order, once the
// bot is ready, instead of being dropped: someone who wrote during a restart still gets an answer.
import type { BotEvent } from "./types.js";

/** Beyond this many early events the oldest are dropped: a start-up is seconds, not a backlog. */
export const EARLY_EVENTS_KEPT = 500;

export interface EventGate {
  /** Handles `event` now when open, otherwise keeps it for `open`. */
  deliver(event: BotEvent): void;
  /** From now on events go to `handle`; those kept so far go first, in arrival order. */
  open(handle: (event: BotEvent) => void): void;
  /** How many events were dropped because too many arrived before the gate opened. */
  readonly dropped: number;
}

export function createEventGate(): EventGate {
  let handle: ((event: BotEvent) => void) | undefined;
  const early: BotEvent[] = [];
  let dropped = 0;
  return {
    deliver(event) {
      if (handle) return handle(event);
      if (early.length >= EARLY_EVENTS_KEPT) {
        early.shift();
        dropped++;
      }
      early.push(event);
    },
    open(handler) {
      handle = handler;
      for (const event of early.splice(0)) handler(event);
    },
    get dropped() {
      return dropped;
    },
  };
}
