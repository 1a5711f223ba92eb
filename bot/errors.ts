// One coded error type for what fails at the edges (the shape of Bolt's CodedError + ErrorCode):
// the operator's log line carries the code, the user gets the sentence the code maps to. A normal
// outcome (queued, duplicate, dead letter) is a return value, never one of these.

export const ErrorCode = {
  /** Webex refused the token (401): WEBEX_BOT_TOKEN is missing, wrong or revoked. */
  WebexUnauthorized: "webex_unauthorized",
  /** Webex says the bot may not do this (403), e.g. it left the space. */
  WebexForbidden: "webex_forbidden",
  /** The space, message or file no longer exists, or the bot cannot see it (404). */
  WebexNotFound: "webex_not_found",
  /** Webex is rate limiting the bot (429); `retryAfterSeconds` says how long to wait. */
  WebexRateLimited: "webex_rate_limited",
  /** Webex answered 5xx, or the connection failed or timed out: worth another try. */
  WebexUnavailable: "webex_unavailable",
  /** Webex refused the request for good (any other 4xx). */
  WebexRejected: "webex_rejected",
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export class CodedError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "CodedError";
  }
}

export const isCodedError = (error: unknown): error is CodedError => error instanceof CodedError;
