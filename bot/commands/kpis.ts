// `kpis [meetings|calling] [filters]`: the KPI strip; each number opens its section.
import { z } from "zod";
import { kpiStrip } from "../../domain/analytics/kpiStrip.js";
import type { CustomerFilter } from "../../domain/analytics/filter.js";
import { kpisShow } from "../../cards/actions.js";
import { DEFAULT_ANALYTICS_SETTINGS } from "../../domain/analytics/settings.js";
import { kpiStripCard } from "../../cards/kpiStrip.js";
import { defineAction, defineCommand, type HandlerContext, type Reply } from "../routing/types.js";
import { analyticsOf, localeOf } from "./context.js";
import { sectionArgs } from "./arguments.js";
import { toCustomerFilter, withSpaceRegion } from "./filters.js";
import { describeFilter } from "./describeFilter.js";

async function kpisReply(ctx: HandlerContext, family: "meetings" | "calling", filter: CustomerFilter): Promise<Reply> {
  const strip = await kpiStrip(analyticsOf(ctx), { family, filter });
  return kpiStripCard({ strip, filter, filterText: describeFilter(filter, ctx.t), percentile: DEFAULT_ANALYTICS_SETTINGS.lowAssignmentPercentile }, ctx.t, localeOf(ctx));
}

export const kpisCommand = defineCommand({
  name: "kpis",
  group: "renewals",
  aliases: ["kpi", "dashboard", "overview", "analytics"],
  summary: "help.summary.kpis",
  usage: "kpis [meetings|calling] [status:…] [product:…] [region:…] [tag:…] [managed:…]",
  example: "kpis calling region:EU",
  args: sectionArgs(false),
  allowed: "any-admin",
  run: (ctx, args) => kpisReply(ctx, args.family, withSpaceRegion(toCustomerFilter(args.options), ctx.space.region)),
});

export const kpisShowAction = defineAction({
  action: kpisShow,
  allowed: "any-admin",
  run: (ctx, inputs) => kpisReply(ctx, inputs.family, inputs.filter),
});
