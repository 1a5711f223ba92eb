// `kpis [both|meetings|calling] [filters]`: the KPI strip; each number opens its section. A
// partner selling both families gets both by default, with a toggle to one.
import { kpiStrip } from "../../domain/analytics/kpiStrip.js";
import { defaultFamily, familiesSold } from "../../domain/analytics/familiesSold.js";
import type { FamilySelection } from "../../domain/analytics/types.js";
import type { CustomerFilter } from "../../domain/analytics/filter.js";
import { kpisShow } from "../../cards/actions.js";
import { DEFAULT_ANALYTICS_SETTINGS } from "../../domain/analytics/settings.js";
import { kpiStripCard } from "../../cards/kpiStrip.js";
import { defineAction, defineCommand, type HandlerContext, type Reply } from "../routing/types.js";
import { analyticsOf, localeOf } from "./context.js";
import { sectionArgs } from "./arguments.js";
import { toCustomerFilter, withSpaceRegion } from "./filters.js";
import { describeFilter } from "./describeFilter.js";

async function kpisReply(ctx: HandlerContext, family: FamilySelection | undefined, filter: CustomerFilter): Promise<Reply> {
  const sold = await familiesSold(ctx.deps.db);
  const strip = await kpiStrip(analyticsOf(ctx), { family: family ?? defaultFamily(sold), filter });
  return kpiStripCard({
    strip, filter, filterText: describeFilter(filter, ctx.t), percentile: DEFAULT_ANALYTICS_SETTINGS.lowAssignmentPercentile, familiesSold: sold,
  }, ctx.t, localeOf(ctx));
}

export const kpisCommand = defineCommand({
  name: "kpis",
  group: "renewals",
  aliases: ["kpi", "dashboard", "overview", "analytics"],
  summary: "help.summary.kpis",
  usage: "kpis [both|meetings|calling] [status:…] [product:…] [region:…] [tag:…] [managed:…]",
  example: "kpis calling region:EU",
  args: sectionArgs(false, true),
  allowed: "any-admin",
  run: (ctx, args) => kpisReply(ctx, args.family, withSpaceRegion(toCustomerFilter(args.options), ctx.space.region)),
});

export const kpisShowAction = defineAction({
  action: kpisShow,
  allowed: "any-admin",
  run: (ctx, inputs) => kpisReply(ctx, inputs.family, inputs.filter),
});
