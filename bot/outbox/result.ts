// What send() tells its caller: normal outcomes are values, not exceptions.
import type { CodedError } from "../errors.js";
import type { PostedMessage } from "../webex/api.js";

export type OutboxStatus = "pending" | "sending" | "sent" | "dead";

export type SendResult =
  /** Webex accepted the message. */
  | { kind: "sent"; outboxId: number; posted: PostedMessage }
  /**
   * The dedupe key was used before (or another instance holds the row): `status` is where that
   * message is now, so a caller can tell "already delivered" from "still on its way".
   */
  | { kind: "duplicate"; outboxId: number; status: OutboxStatus }
  /** Kept for later: Webex is unavailable, or the first attempt has not finished in time. */
  | { kind: "queued"; outboxId: number; nextAttemptAt: Date; giveUpAt: Date; reason: string }
  /** Given up: Webex refused it for good, or it stayed undeliverable past the deadline. */
  | { kind: "dead"; outboxId: number; reason: string; error?: CodedError };

