// What the scheduled runs need: the store, "now", the outbox, a logger, and who we are.
import type { Db } from "../../domain/store/client.js";
import type { Clock } from "../../domain/clock.js";
import type { Logger } from "../log.js";
import type { Outbox } from "../outbox.js";

export interface SchedulerContext {
  db: Db;
  clock: Clock;
  outbox: Outbox;
  log: Logger;
  /** Written into scheduled_runs.claimed_by: which instance ran what. */
  instanceId: string;
  /** How long a run waits for Webex to accept its post before recording it queued (default SCHEDULED_POST_WAIT_MS). */
  postWaitMs?: number;
}

/** `queued`: handed to the outbox, which delivers it once Webex is back. */
export type RunOutcome = "posted" | "queued" | "skipped" | "failed";
