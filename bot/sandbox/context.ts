// What every sandbox route and operation shares: the world, the bot, a logger, the base URL,
// and the set of webhook deliveries still under way (close() waits for them).
import type { Logger } from "pino";
import { deliverEvent, type SandboxEvent } from "./delivery.js";
import type { SandboxState } from "./state.js";
import type { PersonRecord } from "./types.js";

export interface SandboxContext {
  state: SandboxState;
  bot: PersonRecord;
  logger: Logger;
  baseUrl(): string;
  /** Delivers `event` to matching webhooks; the promise settles when every attempt is over. */
  deliver(event: SandboxEvent): Promise<void>;
}

export function createContext(state: SandboxState, bot: PersonRecord, logger: Logger, baseUrl: () => string): SandboxContext & { settle(): Promise<void> } {
  const pending = new Set<Promise<void>>();
  return {
    state, bot, logger, baseUrl,
    deliver(event) {
      const delivery = deliverEvent(state, event, logger).finally(() => pending.delete(delivery));
      pending.add(delivery);
      return delivery;
    },
    async settle() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
}
