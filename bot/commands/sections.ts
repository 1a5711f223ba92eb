// The subscription-analytics sections as commands: `expiring [days]`, `renewing [days]`,
// `recent`, `low-assignment`, `overage` (each with [meetings|calling] and the filters), and the
// one paging action they share.
import { z } from "zod";
import { aboutToExpireSection, aboutToRenewSection } from "../../domain/analytics/sections/aboutToEnd.js";
import { recentlyAddedSection } from "../../domain/analytics/sections/recentlyAdded.js";
import { lowAssignmentSection } from "../../domain/analytics/sections/lowAssignment.js";
import { overLimitSection } from "../../domain/analytics/sections/overLimit.js";
import { analyticsSettings } from "../../domain/analytics/settings.js";
import type { CustomerFilter } from "../../domain/analytics/filter.js";
import { sectionCsv, sectionPage } from "../../cards/actions.js";
import type { AnalyticsFamily } from "../../domain/analytics/types.js";
import type { MessageKey } from "../../domain/i18n/catalogue.js";
import { sectionCard, type SectionData, type SectionKind } from "../../cards/sections.js";
import { defineAction, defineCommand, type CommandSpec, type HandlerContext, type Reply } from "../routing/types.js";
import { analyticsOf, localeOf, pageRequest } from "./context.js";
import { sectionArgs } from "./arguments.js";
import { toCustomerFilter, withSpaceRegion } from "./filters.js";

interface SectionQueryInput { kind: SectionKind; family: AnalyticsFamily; days: number; filter: CustomerFilter; page: number }

async function sectionData(ctx: HandlerContext, input: SectionQueryInput): Promise<SectionData> {
  const analytics = analyticsOf(ctx, analyticsSettings({ sectionWindowDays: input.days }));
  const query = { family: input.family, filter: input.filter, page: pageRequest(input.page) };
  switch (input.kind) {
    case "expire": return { kind: "expire", section: await aboutToExpireSection(analytics, query) };
    case "renew": return { kind: "renew", section: await aboutToRenewSection(analytics, query) };
    case "recent": return { kind: "recent", section: await recentlyAddedSection(analytics, query) };
    case "low": return { kind: "low", section: await lowAssignmentSection(analytics, query) };
    case "over": return { kind: "over", section: await overLimitSection(analytics, query) };
  }
}

export async function sectionReply(ctx: HandlerContext, input: SectionQueryInput): Promise<Reply> {
  const data = await sectionData(ctx, input);
  const settings = analyticsSettings({ sectionWindowDays: input.days });
  return sectionCard({
    ...data,
    family: input.family,
    windowDays: input.days,
    percentile: settings.lowAssignmentPercentile,
    minAgeDays: settings.lowAssignmentMinAgeDays,
    pageAction: (page) => sectionPage.data({ section: input.kind, family: input.family, days: input.days, filter: input.filter, page }),
    csvAction: sectionCsv.data({ section: input.kind, family: input.family, days: input.days, filter: input.filter }),
  }, ctx.t, localeOf(ctx));
}

const DEFAULT_DAYS = analyticsSettings().sectionWindowDays;

function sectionCommand(spec: { kind: SectionKind; name: string; aliases: string[]; summary: MessageKey; withDays: boolean; example: string }): CommandSpec<ReturnType<ReturnType<typeof sectionArgs>["parse"]>> {
  const days = spec.withDays ? " [days]" : "";
  return defineCommand({
    name: spec.name,
    group: "renewals",
    aliases: spec.aliases,
    summary: spec.summary,
    usage: `${spec.name}${days} [meetings|calling] [status:…] [product:…] [region:…] [tag:…] [managed:…] [page:N]`,
    example: spec.example,
    args: sectionArgs(spec.withDays),
    allowed: "any-admin",
    run: (ctx, args) => sectionReply(ctx, {
      kind: spec.kind,
      family: args.family,
      days: args.days ?? DEFAULT_DAYS,
      filter: withSpaceRegion(toCustomerFilter(args.options), ctx.space.region),
      page: args.options.page ?? 1,
    }),
  });
}

export const expiringCommand = sectionCommand({ kind: "expire", name: "expiring", aliases: ["expire", "expiry", "expirations"], summary: "help.summary.expiring", withDays: true, example: "expiring 30 calling" });
export const renewingCommand = sectionCommand({ kind: "renew", name: "renewing", aliases: ["renew", "renewals"], summary: "help.summary.renewing", withDays: true, example: "renewing 60" });
export const recentCommand = sectionCommand({ kind: "recent", name: "recent", aliases: ["new", "added", "recently-added"], summary: "help.summary.recent", withDays: false, example: "recent calling" });
export const lowAssignmentCommand = sectionCommand({ kind: "low", name: "low-assignment", aliases: ["low", "lowassignment", "unassigned"], summary: "help.summary.lowAssignment", withDays: false, example: "low-assignment meetings region:US" });
export const overageCommand = sectionCommand({ kind: "over", name: "overage", aliases: ["over", "over-limit", "overlimit"], summary: "help.summary.overage", withDays: false, example: "overage calling" });

export const sectionPageAction = defineAction({
  action: sectionPage,
  allowed: "any-admin",
  run: (ctx, inputs) => sectionReply(ctx, { kind: inputs.section, family: inputs.family, days: inputs.days, filter: inputs.filter, page: inputs.page }),
});
