// What a scheduled run records once its post is in the outbox's hands. `posted` only when Webex
// accepted the message (here, or earlier under the same dedupe key); `queued` while the outbox
// still holds it (Webex unavailable, the first attempt not finished within the scheduler's wait,
// or a dead instance's claim not yet recovered): `schedules` then asks the outbox how it ended.
import { STILL_SENDING, type SendResult } from "../outbox.js";

export type PostOutcome = { status: "posted" } | { status: "queued"; detail: string; outboxId: number } | { status: "failed"; detail: string };

/** The scheduler waits this long for Webex to take a post before recording it queued. */
export const SCHEDULED_POST_WAIT_MS = 15_000;

export function postOutcome(what: string, result: SendResult): PostOutcome {
  switch (result.kind) {
    case "sent":
      return { status: "posted" };
    case "duplicate":
      if (result.status === "sent") return { status: "posted" };
      if (result.status === "dead") return { status: "failed", detail: `${what}; the outbox gave the post up` };
      return { status: "queued", outboxId: result.outboxId, detail: `${what}; already in the outbox (${result.status}), not yet accepted by Webex` };
    case "queued":
      return result.reason === STILL_SENDING
        ? { status: "queued", outboxId: result.outboxId, detail: `${what}; not yet accepted by Webex (still being sent)` }
        : { status: "queued", outboxId: result.outboxId, detail: `${what}; Webex is unavailable, the outbox keeps trying until ${result.giveUpAt.toISOString()}` };
    case "dead":
      return { status: "failed", detail: `${what}; Webex refused the post: ${result.reason}` };
  }
}
