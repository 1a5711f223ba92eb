// `trials [filters]`: trials in progress, soonest end first.
import { z } from "zod";
import type { CustomerFilter } from "../../domain/analytics/filter.js";
import { trialsPage } from "../../cards/actions.js";
import { trialsCard } from "../../cards/trials.js";
import { defineAction, defineCommand, type HandlerContext, type Reply } from "../routing/types.js";
import { analyticsOf, localeOf, pageRequest } from "./context.js";
import { filterOptions } from "./arguments.js";
import { toCustomerFilter, withSpaceRegion } from "./filters.js";
import { trialsInProgress } from "../../domain/partner/trialsInProgress.js";

async function trialsReply(ctx: HandlerContext, filter: CustomerFilter, page: number): Promise<Reply> {
  const found = await trialsInProgress(analyticsOf(ctx), { filter, page: pageRequest(page) });
  return trialsCard({ page: found, pageAction: (p) => trialsPage.data({ filter, page: p }) }, ctx.t, localeOf(ctx));
}

export const trialsCommand = defineCommand({
  name: "trials",
  group: "renewals",
  aliases: ["trial"],
  summary: "help.summary.trials",
  usage: "trials [product:…] [region:…] [tag:…] [managed:…] [page:N]",
  example: "trials region:US",
  args: z.object({ positional: z.array(z.string()).max(0), options: filterOptions }),
  allowed: "any-admin",
  run: (ctx, args) => trialsReply(ctx, withSpaceRegion(toCustomerFilter(args.options), ctx.space.region), args.options.page ?? 1),
});

export const trialsPageAction = defineAction({
  action: trialsPage,
  allowed: "any-admin",
  run: (ctx, inputs) => trialsReply(ctx, inputs.filter, inputs.page),
});
