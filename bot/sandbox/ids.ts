// Webex ids are unpadded base64 of a `ciscospark://us/<KIND>/<uuid>` URI. Clients (and the SDK)
// sometimes decode them to read the kind, so the sandbox mints them the same way.
import { randomUUID } from "node:crypto";

export type IdKind =
  | "PEOPLE" | "ROOM" | "MEMBERSHIP" | "MESSAGE" | "WEBHOOK"
  | "ATTACHMENT_ACTION" | "CONTENT" | "ORGANIZATION" | "APPLICATION";

/** A new Webex-looking id of `kind`. */
export function webexId(kind: IdKind, uuid: string = randomUUID()): string {
  return Buffer.from(`ciscospark://us/${kind}/${uuid}`).toString("base64").replace(/=+$/, "");
}

/** The tracking id Webex puts on every response (and in error bodies). */
export function trackingId(): string {
  return `ROUTER_${randomUUID().toUpperCase()}`;
}
