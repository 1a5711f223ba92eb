// One due run of a scheduled report, already claimed in the ledger: build the CSV with the
// scope of the admin who scheduled it, as their role is now (not as it was when they scheduled),
// post it through the outbox under a dedupe key made of the schedule and the due time, then mark
// the run posted once Webex accepted the post (queued while the outbox still holds it, failed
// when Webex refused it for good). A creator who may no longer schedule pauses the schedule,
// with one notice in the space, until their role allows it again.
import { translatorFor, LANGUAGES, type Language } from "../../domain/i18n/catalogue.js";
import { mayManage, resolveViewer } from "../../domain/access/viewer.js";
import { findTemplate } from "../../domain/reports/templates.js";
import { generateReport } from "../reports/generateReport.js";
import { pauseSchedule, resumeSchedule, type ReportSchedule } from "../../domain/reports/schedules.js";
import { finishRun, missedBefore, type RunClaim } from "../../domain/schedule/runLedger.js";
import { reportPostedText } from "../../cards/reportPosted.js";
import { formatDateTime } from "../../cards/format.js";
import type { RunOutcome, SchedulerContext } from "./context.js";
import { postOutcome, SCHEDULED_POST_WAIT_MS } from "./queued.js";

export const reportDedupeKey = (scheduleId: string, dueAt: Date): string => `report:${scheduleId}:${dueAt.toISOString()}`;

const languageOf = (value: string): Language => ((LANGUAGES as readonly string[]).includes(value) ? (value as Language) : "en");

export async function runScheduledReport(ctx: SchedulerContext, schedule: ReportSchedule, claim: RunClaim): Promise<RunOutcome> {
  const { db, clock, outbox } = ctx;
  const log = ctx.log.child({ scheduleId: schedule.id, dueAt: claim.dueAt.toISOString() });
  const space = await db.space.findUnique({ where: { id: schedule.spaceId } });
  const found = findTemplate(schedule.template);
  if (!space || (space.type === "group" && !space.enabled) || found?.kind !== "report") {
    await finishRun(db, claim.id, "skipped", clock.now(), !space ? "space gone" : found?.kind !== "report" ? "unknown template" : "space disabled");
    return "skipped";
  }
  const t = translatorFor(languageOf(space.language));
  const dedupeKey = reportDedupeKey(schedule.id, claim.dueAt);
  try {
    const template = found.template;
    const viewer = await resolveViewer(db, schedule.createdBy);
    if (!viewer || !mayManage(viewer)) {
      if (await pauseSchedule(db, schedule.id, clock.now())) {
        const params = { schedule: schedule.id, template: template.name, email: schedule.createdBy };
        // Whether or not Webex takes the notice now, the outbox delivers it later.
        await outbox.send({ roomId: space.id, text: t(viewer ? "reports.paused" : "reports.ownerGone", params) }, { dedupeKey, waitMs: ctx.postWaitMs ?? SCHEDULED_POST_WAIT_MS });
      }
      await finishRun(db, claim.id, "skipped", clock.now(), viewer ? "paused: the admin who scheduled it may no longer schedule" : "paused: the admin who scheduled it is gone");
      log.info({ createdByRole: viewer?.role ?? null }, "scheduled report paused: its creator may no longer schedule");
      return "skipped";
    }
    await resumeSchedule(db, schedule.id);
    const now = clock.now();
    const file = await generateReport(template, { db, now, viewer, filter: schedule.filter, family: schedule.family }, schedule.spec.timeZone);
    const missed = await missedBefore(db, "report", schedule.id, claim.dueAt);
    const locale = { language: languageOf(space.language), timeZone: schedule.spec.timeZone };
    const lines = [reportPostedText({ templateId: template.id, templateName: template.name, rows: file.rows, file: file.name, scheduleId: schedule.id }, t, locale)];
    if (missed.length) lines.push(t("reports.missedNote", { count: missed.length, last: formatDateTime(missed[missed.length - 1]!, locale) }));
    const sent = await outbox.send({ roomId: space.id, text: lines.join("\n"), file: { name: file.name, contentType: "text/csv", path: file.path } }, { dedupeKey, waitMs: ctx.postWaitMs ?? SCHEDULED_POST_WAIT_MS });
    const outcome = postOutcome(`${file.rows} rows`, sent);
    if (outcome.status !== "posted") {
      await finishRun(db, claim.id, outcome.status, clock.now(), outcome.detail);
      if (outcome.status === "queued") log.warn({ rows: file.rows, outboxId: outcome.outboxId, detail: outcome.detail }, "scheduled report queued: not yet accepted by Webex");
      else log.error({ rows: file.rows, detail: outcome.detail }, "scheduled report given up");
      return outcome.status;
    }
    await finishRun(db, claim.id, "posted", clock.now(), `${file.rows} rows`);
    log.info({ rows: file.rows, bytes: file.bytes, workerPeakRssBytes: file.workerPeakRssBytes }, "scheduled report posted");
    return "posted";
  } catch (error) {
    log.error({ err: error }, "scheduled report failed");
    await finishRun(db, claim.id, "failed", clock.now(), (error as Error).message);
    return "failed";
  }
}
