// `report`, `schedule`, `schedules`, `unschedule`: CSV reports now or on a schedule. Anyone on
// the roster may run a report (scoped to the customers they may see); partner full admins and
// partner admins may schedule (a scheduled report runs with the scope of whoever scheduled it).
import { z } from "zod";
import { REPORT_TEMPLATES, findTemplate } from "../../domain/reports/templates.js";
import { generateReport } from "../reports/generateReport.js";
import { createSchedule, endSchedule, spaceSchedules, type ReportSchedule } from "../../domain/reports/schedules.js";
import { nextDueAfter } from "../../domain/schedule/spec.js";
import { scheduleWordsSchema } from "../../domain/schedule/words.js";
import { DIGESTS, findDigest } from "../../domain/reports/digests.js";
import { scheduleCreatedCard, scheduleListCard, type LastRunOutcome, type ScheduleView } from "../../cards/reportSchedules.js";
import { latestRuns, type LatestRun } from "../../domain/schedule/runLedger.js";
import { reportDedupeKey } from "../scheduler/reportRun.js";
import type { Db } from "../../domain/store/client.js";
import { MANAGING_ROLES } from "../../domain/model.js";
import { defineCommand, isAllowed, type HandlerContext, type Reply } from "../routing/types.js";
import { reportPostedText } from "../../cards/reportPosted.js";
import { localeOf } from "./context.js";
import { says } from "../../domain/i18n/issue.js";
import { filterOptionsShape, toCustomerFilter, withSpaceRegion, type FilterOptions } from "./filters.js";

// Only the reports the bot writes: the ones whose data it lacks are answered with a sentence, never offered.
const TEMPLATE_LIST = REPORT_TEMPLATES.map((t) => t.id).join(", ");
// A schedule may also post a card: `today` or `changes`.
const SCHEDULABLE_LIST = [...REPORT_TEMPLATES.map((t) => t.id), ...DIGESTS.map((d) => d.id)].join(", ");
const { page: _page, ...filterShape } = filterOptionsShape;
const reportOptions = z.strictObject({
  ...filterShape,
  family: z.string().transform((v) => v.trim().toLowerCase()).pipe(z.enum(["meetings", "calling"], says("commandArg.family"))).optional(),
});
type ReportOptions = z.infer<typeof reportOptions>;

// A fresh object each time: zod rewrites the options object it is given (message becomes error).
const noSuchTemplate = () => ({ message: "commandArg.template", params: { templates: TEMPLATE_LIST } }) as const;
const templateWord = z.string().refine((word) => findTemplate(word) !== undefined, noSuchTemplate());

function storedOptions(ctx: HandlerContext, options: ReportOptions) {
  const { family, ...filters } = options;
  return { filter: withSpaceRegion(toCustomerFilter(filters as FilterOptions), ctx.space.region), family: family ?? "meetings" } as const;
}

const filtersText = (options: Record<string, unknown>): string =>
  Object.entries(options).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}:${Array.isArray(v) ? v.join(",") : String(v)}`).join(" ");

export const reportCommand = defineCommand({
  name: "report",
  group: "reports",
  aliases: ["export", "csv"],
  summary: "help.summary.report",
  usage: "report <subscriptions|calling-usage|call-queues|calling-quality|calling-features|expiring|renewing|low-assignment|overage|recently-added> [status:…] [product:…] [type:…] [region:…] [tag:…] [managed:…] [family:meetings|calling]",
  example: "report subscriptions region:EU",
  args: z.object({ positional: z.tuple([templateWord]), options: reportOptions }),
  allowed: "any-admin",
  run: async (ctx, args) => {
    const found = findTemplate(args.positional[0])!;
    if (found.kind === "missing") return { text: ctx.t(found.missing) };
    const { filter, family } = storedOptions(ctx, args.options);
    const now = ctx.deps.clock.now();
    const file = await generateReport(found.template, { db: ctx.deps.db, now, viewer: ctx.viewer, filter, family }, ctx.space.timeZone);
    ctx.log.info({ template: found.template.id, rows: file.rows, bytes: file.bytes, workerPeakRssBytes: file.workerPeakRssBytes }, "report generated");
    return {
      text: reportPostedText({ templateId: found.template.id, templateName: found.template.name, rows: file.rows, file: file.name }, ctx.t, localeOf(ctx)),
      file: { name: file.name, contentType: "text/csv", path: file.path },
    };
  },
});

export function viewOf(schedule: ReportSchedule, now: Date): ScheduleView {
  const found = findTemplate(schedule.template);
  const filter = filtersText({ ...schedule.filter, family: schedule.family === "meetings" ? undefined : schedule.family });
  return {
    id: schedule.id,
    templateName: found?.kind === "report" ? found.template.name : schedule.template,
    spec: schedule.spec,
    next: nextDueAfter(schedule.spec, now),
    filters: filter,
    pausedFor: schedule.pausedAt ? schedule.createdBy : undefined,
  };
}

/** The ledger says `queued` once the post is in the outbox; the outbox knows whether it went out since. */
async function outcomeOf(db: Db, scheduleId: string, run: LatestRun): Promise<LastRunOutcome> {
  if (run.status === "queued") {
    const message = await db.outboxMessage.findUnique({ where: { dedupeKey: reportDedupeKey(scheduleId, run.dueAt) }, select: { status: true } });
    return message?.status === "sent" ? "posted" : message?.status === "dead" ? "failed" : "waiting";
  }
  return run.status === "claimed" ? "running" : run.status;
}

export const scheduleCommand = defineCommand({
  name: "schedule",
  group: "reports",
  summary: "help.summary.schedule",
  usage: "schedule <report|today|changes> daily|weekly <day>|monthly <day> at HH:MM [time zone] [filters]",
  example: "schedule subscriptions weekly monday at 08:00 Europe/Madrid region:EU",
  args: z.object({ positional: scheduleWordsSchema.superRefine((words, check) => {
    if (!findTemplate(words.template) && !findDigest(words.template)) {
      check.addIssue({ code: "custom", path: [0], message: "commandArg.template", params: { templates: SCHEDULABLE_LIST } });
    }
  }), options: reportOptions }),
  allowed: MANAGING_ROLES,
  run: async (ctx, args) => {
    const words = args.positional;
    const digest = findDigest(words.template);
    const found = findTemplate(words.template);
    if (!digest && found?.kind === "missing") return { text: ctx.t(found.missing) };
    const template = digest ?? (found?.kind === "report" ? found.template.id : words.template);
    const now = ctx.deps.clock.now();
    const spec = { frequency: words.frequency, dayOfWeek: words.dayOfWeek, dayOfMonth: words.dayOfMonth, time: words.time, timeZone: words.timeZone ?? ctx.space.timeZone };
    const schedule = await createSchedule(ctx.deps.db, {
      spaceId: ctx.space.id, template, spec, options: storedOptions(ctx, args.options), createdBy: ctx.viewer.email, now,
    });
    await ctx.deps.db.auditLog.create({ data: { actor: ctx.viewer.email, action: "report.schedule", target: schedule.id, detail: JSON.stringify({ spaceId: ctx.space.id, template: schedule.template, spec }) } });
    return scheduleCreatedCard(viewOf(schedule, now), ctx.t, ctx.space.language);
  },
});

export const schedulesCommand = defineCommand({
  name: "schedules",
  group: "reports",
  summary: "help.summary.schedules",
  usage: "schedules",
  example: "schedules",
  args: z.object({ positional: z.array(z.string()).max(0), options: z.strictObject({}) }),
  allowed: "any-admin",
  run: async (ctx) => {
    const now = ctx.deps.clock.now();
    const schedules = await spaceSchedules(ctx.deps.db, ctx.space.id);
    const runs = await latestRuns(ctx.deps.db, "report", schedules.map((schedule) => schedule.id));
    const views = await Promise.all(schedules.map(async (schedule) => {
      const run = runs.get(schedule.id);
      const view = viewOf(schedule, now);
      if (!run) return view;
      return { ...view, lastRun: { outcome: await outcomeOf(ctx.deps.db, schedule.id, run), at: run.dueAt } };
    }));
    return scheduleListCard(views, ctx.t, ctx.space.language, isAllowed(MANAGING_ROLES, ctx.viewer));
  },
});

export const unscheduleCommand = defineCommand({
  name: "unschedule",
  group: "reports",
  summary: "help.summary.unschedule",
  usage: "unschedule <id>",
  example: "unschedule k3x9p2qa",
  args: z.object({ positional: z.tuple([z.string().trim().toLowerCase().regex(/^[a-z0-9]{1,20}$/, { message: "commandArg.scheduleId" })]), options: z.strictObject({}) }),
  allowed: MANAGING_ROLES,
  run: async (ctx, args) => {
    return stopSchedule(ctx, args.positional[0]);
  },
});

/** Ends one of this space's schedules, for `unschedule` and the Stop button alike. */
export async function stopSchedule(ctx: HandlerContext, id: string): Promise<Reply> {
  const ended = await endSchedule(ctx.deps.db, ctx.space.id, id);
  if (ended) await ctx.deps.db.auditLog.create({ data: { actor: ctx.viewer.email, action: "report.unschedule", target: id } });
  return { text: ctx.t(ended ? "reports.unscheduled" : "reports.unscheduleUnknown", { id }) };
}
