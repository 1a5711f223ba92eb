// `customers [filters]`: the customer list, and its paging buttons.
import { z } from "zod";
import { customerList } from "../../domain/analytics/customerList.js";
import type { CustomerFilter } from "../../domain/analytics/filter.js";
import { customersPage } from "../../cards/actions.js";
import { customerListCard } from "../../cards/customerList.js";
import { defineAction, defineCommand, type HandlerContext, type Reply } from "../routing/types.js";
import { filterOptionsShape, toCustomerFilter, withSpaceRegion } from "./filters.js";
import { analyticsOf } from "./context.js";

export const CUSTOMERS_PAGE_SIZE = 10;

async function customersReply(ctx: HandlerContext, filter: CustomerFilter, page: number): Promise<Reply> {
  const analytics = analyticsOf(ctx);
  const found = await customerList(analytics, { filter, page: { page, pageSize: CUSTOMERS_PAGE_SIZE } });
  return customerListCard({ page: found, filter, thresholds: analytics.settings!, language: ctx.space.language, timeZone: ctx.space.timeZone }, ctx.t);
}

export const customersCommand = defineCommand({
  name: "customers",
  group: "customers",
  aliases: ["list", "clients", "orgs"],
  summary: "help.summary.customers",
  usage: "customers [status:…] [product:…] [type:trial|subscription] [region:US|CA|EU|UAE] [tag:…] [managed:external|partner] [page:N]",
  example: "customers status:expiring,overage region:EU",
  args: z.object({ positional: z.array(z.string()).max(0), options: z.strictObject(filterOptionsShape) }),
  allowed: "any-admin",
  run: async (ctx, args) => {
    const filter = withSpaceRegion(toCustomerFilter(args.options), ctx.space.region);
    return customersReply(ctx, filter, args.options.page ?? 1);
  },
});

export const customersPageAction = defineAction({
  action: customersPage,
  allowed: "any-admin",
  run: (ctx, inputs) => customersReply(ctx, inputs.filter, inputs.page),
});
