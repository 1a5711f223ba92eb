// Cards of the report commands: a schedule was created, and the list of a space's schedules
// with their next run and how the last one went.
import type { MessageKey, Translate } from "../domain/i18n/catalogue.js";
import type { ScheduleSpec } from "../domain/schedule/spec.js";
import { adaptiveCard, heading, subtle, textBlock, type CardElement, type CardReply } from "./elements.js";

export interface ScheduleView {
  id: string;
  templateName: string;
  spec: ScheduleSpec;
  /** The next due time, already as wall-clock text in the schedule's zone. */
  next: string;
  filters: string;
  /** How the newest run went (none yet for a new schedule); `at` is its due time as wall-clock text. */
  lastRun?: { outcome: LastRunOutcome; at: string };
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

export function scheduleCreatedCard(view: ScheduleView, t: Translate): CardReply {
  const text = t("reports.scheduled.text", { template: view.templateName, when: describeWhen(view.spec, t), id: view.id, next: view.next });
  return { text, card: adaptiveCard([heading(t("reports.scheduled.title")), textBlock(text)]) };
}

export function scheduleListCard(views: readonly ScheduleView[], t: Translate): CardReply {
  if (views.length === 0) {
    const none = t("reports.schedules.none");
    return { text: none, card: adaptiveCard([textBlock(none)]) };
  }
  const title = t("reports.schedules.title", { count: views.length });
  const rows = views.map((v) => t("reports.schedules.row", { id: v.id, template: v.templateName, when: describeWhen(v.spec, t), next: v.next }));
  const notes = views.map((v) => [
    ...(v.lastRun ? [lastRunText(v.lastRun, t)] : []),
    ...(v.pausedFor ? [t("reports.schedules.paused", { email: v.pausedFor })] : []),
  ]);
  const texts = views.map((_, index) => [rows[index]!, ...notes[index]!].join(" "));
  const body: CardElement[] = [heading(title)];
  views.forEach((view, index) => {
    body.push(textBlock(rows[index]!, { separator: index > 0 }));
    if (view.filters) body.push(subtle(t("reports.schedules.filters", { filters: view.filters })));
    body.push(...notes[index]!.map((note) => subtle(note)));
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

function lastRunText(lastRun: NonNullable<ScheduleView["lastRun"]>, t: Translate): string {
  return t(LAST_RUN_KEYS[lastRun.outcome], { at: lastRun.at });
}
