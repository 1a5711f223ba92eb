// One due run of a scheduled `today` or `changes`, already claimed in the ledger: the card is
// built with the scope of the admin who scheduled it, as their role is now, in the space's
// language and the schedule's time zone, and posted through the outbox under the same dedupe
// key a report uses (schedule + due time), so it posts once. A long `changes` adds a CSV of
// every change in a second message (Webex takes a card or a file per message, not both).
import { translatorFor, LANGUAGES, type Language } from "../../domain/i18n/catalogue.js";
import { mayManage, resolveViewer } from "../../domain/access/viewer.js";
import { pauseSchedule, resumeSchedule, type ReportSchedule } from "../../domain/reports/schedules.js";
import { changeDaysOf, type DigestId } from "../../domain/reports/digests.js";
import { finishRun, type RunClaim } from "../../domain/schedule/runLedger.js";
import { changesCard, CHANGES_PAGE_SIZE } from "../../cards/changes.js";
import { changesCsv } from "../../cards/changesCsv.js";
import { fitReply } from "../../cards/limits.js";
import { changesOf, todayReply, type AttentionAsker } from "../commands/attentionReplies.js";
import type { RunOutcome, SchedulerContext } from "./context.js";
import { postOutcome, SCHEDULED_POST_WAIT_MS } from "./queued.js";
import { reportDedupeKey } from "./reportRun.js";

const languageOf = (value: string): Language => ((LANGUAGES as readonly string[]).includes(value) ? (value as Language) : "en");

export async function runScheduledDigest(ctx: SchedulerContext, schedule: ReportSchedule, digest: DigestId, claim: RunClaim): Promise<RunOutcome> {
  const { db, clock, outbox } = ctx;
  const log = ctx.log.child({ scheduleId: schedule.id, digest, dueAt: claim.dueAt.toISOString() });
  const space = await db.space.findUnique({ where: { id: schedule.spaceId } });
  if (!space || (space.type === "group" && !space.enabled)) {
    await finishRun(db, claim.id, "skipped", clock.now(), !space ? "space gone" : "space disabled");
    return "skipped";
  }
  const language = languageOf(space.language);
  const t = translatorFor(language);
  const dedupeKey = reportDedupeKey(schedule.id, claim.dueAt);
  try {
    const viewer = await resolveViewer(db, schedule.createdBy);
    if (!viewer || !mayManage(viewer)) {
      if (await pauseSchedule(db, schedule.id, clock.now())) {
        const params = { schedule: schedule.id, template: digest, email: schedule.createdBy };
        await outbox.send({ roomId: space.id, text: t(viewer ? "reports.paused" : "reports.ownerGone", params) }, { dedupeKey, waitMs: ctx.postWaitMs ?? SCHEDULED_POST_WAIT_MS });
      }
      await finishRun(db, claim.id, "skipped", clock.now(), viewer ? "paused: the admin who scheduled it may no longer schedule" : "paused: the admin who scheduled it is gone");
      return "skipped";
    }
    await resumeSchedule(db, schedule.id);
    const asker: AttentionAsker = { db, clock, viewer, region: schedule.filter.region ?? space.region, locale: { language, timeZone: schedule.spec.timeZone }, t };
    let reply;
    let csv: Buffer | undefined;
    if (digest === "today") reply = await todayReply(asker, 1);
    else {
      const report = await changesOf(asker, changeDaysOf(schedule.spec.frequency), 0);
      const long = report.kind === "changes" && report.changes.length > CHANGES_PAGE_SIZE;
      reply = changesCard({ report, attached: long }, t, asker.locale);
      if (long && report.kind === "changes") csv = Buffer.from(changesCsv(report.changes, t, asker.locale));
    }
    const fitted = fitReply(reply, t);
    const waitMs = ctx.postWaitMs ?? SCHEDULED_POST_WAIT_MS;
    const sent = await outbox.send({ roomId: space.id, text: fitted.text, card: fitted.card }, { dedupeKey, waitMs });
    if (csv) {
      // Its own dedupe key: the outbox posts it once, after the card, whatever the card's fate.
      const name = `Changes_${schedule.id}_${claim.dueAt.toISOString().slice(0, 10)}.csv`;
      await outbox.send({ roomId: space.id, text: name, file: { name, contentType: "text/csv", content: csv } }, { dedupeKey: `${dedupeKey}:csv`, waitMs });
    }
    const outcome = postOutcome(digest, sent);
    if (outcome.status !== "posted") {
      await finishRun(db, claim.id, outcome.status, clock.now(), outcome.detail);
      log.warn({ detail: outcome.detail }, "scheduled digest not yet accepted by Webex");
      return outcome.status;
    }
    await finishRun(db, claim.id, "posted", clock.now(), digest);
    log.info({ withCsv: csv !== undefined }, "scheduled digest posted");
    return "posted";
  } catch (error) {
    log.error({ err: error }, "scheduled digest failed");
    await finishRun(db, claim.id, "failed", clock.now(), (error as Error).message);
    return "failed";
  }
}
