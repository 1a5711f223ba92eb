// Cards of the report commands: a schedule was created, and the list of a space's schedules
// with their next run and how the last one went.
import type { Language, MessageKey, Translate } from "../domain/i18n/catalogue.js";
import type { ScheduleSpec } from "../domain/schedule/spec.js";
import { adaptiveCard, heading, submitAction, subtle, textBlock, type CardElement, type CardReply } from "./elements.js";
import { scheduleStop } from "./actions.js";
import { formatDateTime, type CardLocale } from "./format.js";

export interface ScheduleView {
  id: string;
  templateName: string;
  spec: ScheduleSpec;
  /** The next due time; cards write it in the schedule's zone. */
  next: Date;
  filters: string;
  /** How the newest run went (none yet for a new schedule); `at` is its due time. */
  lastRun?: { outcome: LastRunOutcome; at: Date };
  /** Set while paused: the admin who scheduled it and may no longer schedule. */
  pausedFor?: string;
}

/** A run as an admin reads it: `waiting` is a post the outbox keeps until Webex takes it. */
export type LastRunOutcome = "posted" | "waiting" | "failed" | "missed" | "skipped" | "running";

/** "every Monday at 08:00 (Europe/Madrid)" and its siblings. */
export function describeWhen(spec: ScheduleSpec, t: Translate): string {
  const params = { time: spec.time, timeZone: spec.timeZone };
  if (spec.frequency === "weekly") return t("reports.when.weekly", { ...params, weekday: t(`reports.weekday.${spec.dayOfWeek ?? 1}` as MessageKey) });
  if (spec.frequency === "monthly") return t("reports.when.monthly", { ...params, day: spec.dayOfMonth ?? 1 });
  return t("reports.when.daily", params);
}

const localeOf = (view: ScheduleView, language: Language): CardLocale => ({ language, timeZone: view.spec.timeZone });

export function scheduleCreatedCard(view: ScheduleView, t: Translate, language: Language): CardReply {
  const next = formatDateTime(view.next, localeOf(view, language));
  const text = t("reports.scheduled.text", { template: view.templateName, when: describeWhen(view.spec, t), id: view.id, next });
  return { text, card: adaptiveCard([heading(t("reports.scheduled.title")), textBlock(text)]) };
}

/** `canStop`: the viewer may end schedules, so each gets a Stop button (checked again on click). */
export function scheduleListCard(views: readonly ScheduleView[], t: Translate, language: Language, canStop = false): CardReply {
  if (views.length === 0) {
    const none = t("reports.schedules.none");
    return { text: none, card: adaptiveCard([textBlock(none)]) };
  }
  const title = t("reports.schedules.title", { count: views.length });
  const rows = views.map((v) => t("reports.schedules.row", { id: v.id, template: v.templateName, when: describeWhen(v.spec, t), next: formatDateTime(v.next, localeOf(v, language)) }));
  const notes = views.map((v) => [
    ...(v.lastRun ? [t(LAST_RUN_KEYS[v.lastRun.outcome], { at: formatDateTime(v.lastRun.at, localeOf(v, language)) })] : []),
    ...(v.pausedFor ? [t("reports.schedules.paused", { email: v.pausedFor })] : []),
  ]);
  const texts = views.map((_, index) => [rows[index]!, ...notes[index]!].join(" "));
  const body: CardElement[] = [heading(title)];
  views.forEach((view, index) => {
    body.push(textBlock(rows[index]!, { separator: index > 0 }));
    if (view.filters) body.push(subtle(t("reports.schedules.filters", { filters: view.filters })));
    body.push(...notes[index]!.map((note) => subtle(note)));
    if (canStop) body.push({ type: "ActionSet", spacing: "Small", actions: [submitAction(t("reports.schedules.stop", { id: view.id }), scheduleStop.data({ scheduleId: view.id }))] });
  });
  return { text: [title, ...texts].join("\n"), card: adaptiveCard(body) };
}

const LAST_RUN_KEYS: Record<LastRunOutcome, MessageKey> = {
  posted: "reports.schedules.last.posted",
  waiting: "reports.schedules.last.waiting",
  failed: "reports.schedules.last.failed",
  missed: "reports.schedules.last.missed",
  skipped: "reports.schedules.last.skipped",
  running: "reports.schedules.last.running",
};

/** Asks before a Stop button ends a schedule: the confirmation carries the same action, confirmed. */
export function stopConfirmCard(view: ScheduleView, t: Translate): CardReply {
  const text = t("reports.stop.confirm", { id: view.id, template: view.templateName, when: describeWhen(view.spec, t) });
  return { text, card: adaptiveCard([textBlock(text)], [submitAction(t("reports.stop.yes", { id: view.id }), scheduleStop.data({ scheduleId: view.id, confirmed: true }))]) };
}
