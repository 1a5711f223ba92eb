// One due alert scan of a space, already claimed in the ledger: find what is new, post one
// card through the outbox (dedupe key: space and due time), then write the alert ledger. If
// this instance dies between the post and the ledger, the run is taken over later, finds the
// same subjects, and the outbox's dedupe key stops the second post. When Webex is down the
// outbox keeps the card and delivers it later: the alerts are recorded all the same, so that
// the next scan does not raise them again, and the run is recorded queued (posted only once
// Webex accepted the card).
import { translatorFor, LANGUAGES, type Language } from "../../domain/i18n/catalogue.js";
import { spaceAudience } from "../../domain/alerts/audience.js";
import { findingCount, recordAlerts, scanAlerts } from "../../domain/alerts/scan.js";
import { storedThresholds } from "../../domain/alerts/thresholds.js";
import { finishRun, missedBefore, type RunClaim } from "../../domain/schedule/runLedger.js";
import { alertCard } from "../../cards/alertCard.js";
import { fitReply } from "../../cards/limits.js";
import type { RunOutcome, SchedulerContext } from "./context.js";
import { postOutcome, SCHEDULED_POST_WAIT_MS } from "./queued.js";

export const alertDedupeKey = (spaceId: string, dueAt: Date): string => `alerts:${spaceId}:${dueAt.toISOString()}`;

const languageOf = (value: string): Language => ((LANGUAGES as readonly string[]).includes(value) ? (value as Language) : "en");

export async function runAlertScan(ctx: SchedulerContext, claim: RunClaim): Promise<RunOutcome> {
  const { db, clock, outbox } = ctx;
  const log = ctx.log.child({ spaceId: claim.key, dueAt: claim.dueAt.toISOString() });
  try {
    const space = await db.space.findUnique({ where: { id: claim.key } });
    const audience = space && space.alertsEnabled && (space.type === "direct" || space.enabled) ? await spaceAudience(db, space) : undefined;
    if (!space || !audience) {
      await finishRun(db, claim.id, "skipped", clock.now(), "alerts off, space disabled, or no owner known");
      return "skipped";
    }
    const now = clock.now();
    const findings = await scanAlerts(db, { spaceId: space.id, now, thresholds: storedThresholds(space.alertThresholds), timeZone: space.timeZone, ...audience });
    if (findingCount(findings) === 0) {
      await finishRun(db, claim.id, "posted", now, "nothing new");
      return "skipped";
    }
    const missed = await missedBefore(db, "alert-scan", space.id, claim.dueAt);
    const language = languageOf(space.language);
    const t = translatorFor(language);
    const card = fitReply(alertCard({ findings, date: claim.dueAt, missed: missed.length }, t, { language, timeZone: space.timeZone }), t);
    const sent = await outbox.send({ roomId: space.id, text: card.text, card: card.card }, { dedupeKey: alertDedupeKey(space.id, claim.dueAt), waitMs: ctx.postWaitMs ?? SCHEDULED_POST_WAIT_MS });
    const outcome = postOutcome(`${findingCount(findings)} alerts`, sent);
    if (outcome.status === "failed") {
      // Not recorded in the alert ledger: the next scan raises them again.
      await finishRun(db, claim.id, "failed", clock.now(), outcome.detail);
      log.error({ alerts: findingCount(findings), detail: outcome.detail }, "alert card given up");
      return "failed";
    }
    await recordAlerts(db, space.id, findings, now);
    if (outcome.status === "queued") {
      await finishRun(db, claim.id, "queued", clock.now(), outcome.detail);
      log.warn({ alerts: findingCount(findings), outboxId: outcome.outboxId, detail: outcome.detail }, "alert card queued: not yet accepted by Webex");
      return "queued";
    }
    await finishRun(db, claim.id, "posted", clock.now(), `${findingCount(findings)} alerts`);
    log.info({ alerts: findingCount(findings) }, "alert card posted");
    return "posted";
  } catch (error) {
    log.error({ err: error }, "alert scan failed");
    await finishRun(db, claim.id, "failed", clock.now(), (error as Error).message);
    return "failed";
  }
}
