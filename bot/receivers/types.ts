// The transport seam (the shape of Bolt's Receiver): a receiver gets events from Webex in its
// own way (signed webhook POSTs, the websocket) and hands each verified envelope to one
// `handleEvent`, which makes it durable (the inbox) before the receiver acknowledges it.
import type { WebhookEnvelope } from "../webex/envelope.js";

/** Resolves once the event is safely stored (or known to be a duplicate); rejects if it is not. */
export type HandleEvent = (envelope: WebhookEnvelope) => Promise<void>;

export interface Receiver {
  start(): Promise<void>;
  stop(): Promise<void>;
}
