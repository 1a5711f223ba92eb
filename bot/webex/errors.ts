// Webex REST failures as values the outbox and the error sink can reason about.
import { CodedError, ErrorCode } from "../errors.js";

/** The code of a Webex answer's status; 0 is a network failure (no answer at all). */
export function webexErrorCode(status: number): ErrorCode {
  if (status === 401) return ErrorCode.WebexUnauthorized;
  if (status === 403) return ErrorCode.WebexForbidden;
  if (status === 404) return ErrorCode.WebexNotFound;
  if (status === 429) return ErrorCode.WebexRateLimited;
  if (status === 0 || status === 408 || status >= 500) return ErrorCode.WebexUnavailable;
  return ErrorCode.WebexRejected;
}

export class WebexApiError extends CodedError {
  constructor(
    readonly status: number,
    readonly path: string,
    /** Webex's own words (or ours for a network failure), without the status and path. */
    readonly reason: string,
    readonly trackingId?: string,
    /** Seconds Webex asked us to wait (429 Retry-After). */
    readonly retryAfterSeconds?: number,
  ) {
    super(webexErrorCode(status), `Webex answered ${status} to ${path}: ${reason}`);
    this.name = "WebexApiError";
  }

  /** Worth another try: rate limited, or Webex briefly unavailable. */
  get transient(): boolean {
    return this.status === 429 || this.status === 408 || this.status >= 500 || this.status === 0;
  }
}

/** What an operator should check for a given Webex status (for the log line). */
export function webexHint(status: number): string {
  switch (status) {
    case 401:
      return "the bot token is missing, wrong or revoked: check WEBEX_BOT_TOKEN";
    case 403:
      return "the bot may not do this here: is it still a member of the space?";
    case 404:
      return "the space, message or file no longer exists, or the bot cannot see it";
    case 429:
      return "Webex is rate limiting the bot; the outbox waits for Retry-After";
    default:
      return status >= 500 ? "Webex is having trouble; the outbox retries" : "Webex refused the request";
  }
}
