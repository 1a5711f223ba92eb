// What the outbox does after Webex refuses a message: try again at once (after a short backoff,
// holding the queue), park it for the sweep (releasing the queue), or give it up. Kept apart
// from the outbox so the policy can be read, and changed, in one place.
import type { WebexApiError } from "./webex/errors.js";

export interface RetryPolicy {
  /** Attempts made while holding the queue before a message is parked. */
  immediateAttempts: number;
  /** First immediate retry delay; doubles each attempt. */
  backoffMs: number;
  /** First parked delay; doubles each further attempt up to maxParkedDelayMs. */
  parkedDelayMs: number;
  maxParkedDelayMs: number;
  /** Measured from the message's creation: past it, a failing message is given up. */
  deliveryDeadlineMs: number;
}

export type NextStep =
  | { kind: "retry"; delayMs: number }
  | { kind: "park"; at: Date }
  | { kind: "dead"; reason: string };

const duration = (ms: number): string => (ms % 3_600_000 === 0 ? `${ms / 3_600_000} h` : `${Math.round(ms / 60_000)} min`);

export const giveUpAt = (policy: RetryPolicy, createdAt: Date): Date => new Date(createdAt.getTime() + policy.deliveryDeadlineMs);

export function nextStep(
  policy: RetryPolicy,
  failure: WebexApiError,
  state: { attempt: number; createdAt: Date; now: Date; webexDown: boolean },
): NextStep {
  if (!failure.transient) return { kind: "dead", reason: failure.message };
  const deadline = giveUpAt(policy, state.createdAt);
  if (state.now.getTime() >= deadline.getTime()) {
    return { kind: "dead", reason: `gave up: still undeliverable ${duration(policy.deliveryDeadlineMs)} after it was queued (deadline ${deadline.toISOString()}); last error: ${failure.message}` };
  }
  const rateLimited = failure.status === 429;
  // A 429 says Webex is up and will take the message after Retry-After, so it gets more
  // immediate tries; while Webex is known to be down, every further try would only hold the
  // queue, so a message gets one attempt and is parked.
  const budget = rateLimited ? policy.immediateAttempts * 4 : policy.immediateAttempts;
  if (state.attempt < budget && (rateLimited || !state.webexDown)) {
    return { kind: "retry", delayMs: rateLimited ? (failure.retryAfterSeconds ?? 1) * 1000 : policy.backoffMs * 2 ** (state.attempt - 1) };
  }
  const doublings = Math.min(20, Math.max(0, state.attempt - budget));
  const delay = Math.min(policy.maxParkedDelayMs, policy.parkedDelayMs * 2 ** doublings);
  // The last try falls on the deadline itself rather than up to one parked delay after it.
  return { kind: "park", at: new Date(Math.min(state.now.getTime() + delay, deadline.getTime())) };
}
