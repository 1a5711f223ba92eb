// `queues [customer] [YYYY-MM-DD]`: call-queue KPIs of one week (last week unless a date in
// the week is given), partner-wide with the per-customer table, or one customer's recent weeks.
import { z } from "zod";
import { queuesCustomer, queuesPage } from "../../cards/actions.js";
import { callQueueKpis, customerCallQueueWeeks } from "../../domain/analytics/callQueues.js";
import type { CustomerFilter } from "../../domain/analytics/filter.js";
import { callQueuesCard, customerQueuesCard } from "../../cards/callQueues.js";
import { sentenceCard } from "../../cards/sentence.js";
import { defineAction, defineCommand, type HandlerContext, type Reply } from "../routing/types.js";
import { analyticsOf, localeOf, pageRequest } from "./context.js";
import { filterOptions, weekWord } from "./arguments.js";
import { toCustomerFilter, withSpaceRegion } from "./filters.js";
import { resolveCustomer } from "./resolveCustomer.js";
import { addProblem } from "../../domain/i18n/issue.js";
import { visibleCustomer } from "../../domain/partner/visibleCustomer.js";

/** Weeks of one customer's card. */
const CUSTOMER_WEEKS = 8;

async function partnerReply(ctx: HandlerContext, week: Date | undefined, filter: CustomerFilter, page: number): Promise<Reply> {
  const kpis = await callQueueKpis(analyticsOf(ctx), { week, filter, page: pageRequest(page) });
  return callQueuesCard({
    kpis,
    pageAction: (p) => queuesPage.data({ week: kpis.weekStart.toISOString().slice(0, 10), filter, page: p }),
  }, ctx.t, localeOf(ctx));
}

async function customerReply(ctx: HandlerContext, customerId: string): Promise<Reply> {
  const customer = await visibleCustomer(ctx.deps.db, ctx.viewer, customerId);
  if (!customer) return sentenceCard(ctx.t("customer.gone"));
  const weeks = await customerCallQueueWeeks({ db: ctx.deps.db }, customer.id, CUSTOMER_WEEKS);
  return customerQueuesCard({ customerId: customer.id, customerName: customer.name, weeks }, ctx.t, localeOf(ctx));
}

const queuesArgs = z.object({ positional: z.array(z.string()).max(20), options: filterOptions.extend({ week: weekWord.optional() }) })
  .transform((words, ctx) => {
    const positional = [...words.positional];
    let week = words.options.week;
    const last = positional.at(-1);
    if (last !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(last)) {
      const parsed = weekWord.safeParse(last);
      if (parsed.success) week = parsed.data;
      else addProblem(ctx, "commandArg.week", ["positional", positional.length - 1]);
      positional.pop();
    }
    const { week: _week, ...options } = words.options;
    return { customer: positional.join(" ").trim() || undefined, week, options };
  });

export const queuesCommand = defineCommand({
  name: "queues",
  group: "calling",
  aliases: ["queue", "callqueues", "call-queues", "cq"],
  summary: "help.summary.queues",
  usage: "queues [customer] [YYYY-MM-DD] [region:…] [tag:…] [page:N]",
  example: "queues \"Acme GmbH\" 2026-11-16",
  args: queuesArgs,
  allowed: "any-admin",
  run: async (ctx, args) => {
    if (args.customer) {
      const resolved = await resolveCustomer(ctx, args.customer, (customerId) => queuesCustomer.data({ customerId }));
      return "reply" in resolved ? resolved.reply : customerReply(ctx, resolved.customer.id);
    }
    return partnerReply(ctx, args.week, withSpaceRegion(toCustomerFilter(args.options), ctx.space.region), args.options.page ?? 1);
  },
});

export const queuesPageAction = defineAction({
  action: queuesPage,
  allowed: "any-admin",
  run: (ctx, inputs) => partnerReply(ctx, inputs.week, inputs.filter, inputs.page),
});

export const queuesCustomerAction = defineAction({
  action: queuesCustomer,
  allowed: "any-admin",
  run: (ctx, inputs) => customerReply(ctx, inputs.customerId),
});
