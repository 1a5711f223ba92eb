// A scheduled post the outbox parked because Webex is unavailable is not a failed run: the
// outbox delivers it once Webex is back, so the run is recorded `queued`, not retried.
import { OutboxDeferred } from "../outbox.js";

/** Awaits a send; resolves with the deferral when the outbox kept the message for later. */
export async function deferralOf(send: Promise<unknown>): Promise<OutboxDeferred | undefined> {
  try {
    await send;
    return undefined;
  } catch (error) {
    if (error instanceof OutboxDeferred) return error;
    throw error;
  }
}

export const queuedDetail = (what: string, deferred: OutboxDeferred): string =>
  `${what}; Webex is unavailable, the outbox keeps trying until ${deferred.giveUpAt.toISOString()}`;
