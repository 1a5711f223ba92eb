// `sending` rows whose lease ran out: the instance posting them died (kill -9, a lost machine)
// or lost its database mid-post. Each goes back to `pending` to be sent again (at least once
// beats silence: Webex may, rarely, have taken it just before the crash), or is given up with
// the reason once past its delivery deadline; never left `sending`. The compare-and-set on the
// lease keeps two sweeping instances from both recovering one row.
import type { Db } from "../../domain/store/client.js";
import type { Clock } from "../../domain/clock.js";
import type { Logger } from "../log.js";
import { giveUpAt, type RetryPolicy } from "../outboxRetry.js";

export async function recoverExpiredClaims(options: {
  db: Db; clock: Clock; log: Logger; policy: RetryPolicy; batchSize: number;
  /** Rows this instance is sending right now (never taken from under itself). */
  held: (id: number) => boolean;
  /** Every `sending` row, expired or not (the sole sender's start: no one else can be posting them). */
  all?: boolean;
}): Promise<number> {
  const { db, clock, log, policy } = options;
  const now = clock.now();
  const expired = await db.outboxMessage.findMany({
    where: { status: "sending", ...(options.all ? {} : { nextAttemptAt: { lte: now } }) }, orderBy: { id: "asc" }, take: options.batchSize,
    select: { id: true, roomId: true, attempts: true, createdAt: true, nextAttemptAt: true },
  });
  let recovered = 0;
  for (const row of expired) {
    if (options.held(row.id)) continue;
    const deadline = giveUpAt(policy, new Date(row.createdAt));
    const dead = now.getTime() >= deadline.getTime();
    const reason = dead
      ? `gave up: the instance sending it stopped mid-post (attempt ${row.attempts}) and the delivery deadline ${deadline.toISOString()} has passed`
      : `the instance sending it stopped mid-post (attempt ${row.attempts}); sent again`;
    const update = await db.outboxMessage.updateMany({
      where: { id: row.id, status: "sending", nextAttemptAt: row.nextAttemptAt },
      data: dead ? { status: "dead", lastError: reason } : { status: "pending", lastError: reason, nextAttemptAt: now },
    });
    if (update.count !== 1) continue;
    recovered++;
    log.warn({ outboxId: row.id, roomId: row.roomId, attempt: row.attempts, outcome: dead ? "dead" : "retry" }, "an outbox claim expired mid-post");
  }
  return recovered;
}
