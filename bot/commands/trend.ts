// `trend [meetings|calling] [customer] [filters]`: used, assigned and available licenses week by
// week over the last 12 weeks, partner-wide or for one customer, with its picture.
import { z } from "zod";
import { customerFilterSchema, type CustomerFilter } from "../../domain/analytics/filter.js";
import { ANALYTICS_FAMILIES, type AnalyticsFamily } from "../../domain/analytics/types.js";
import { readLicenseTrend } from "../../domain/calling/read.js";
import { visibleCustomer, type VisibleCustomer } from "../../domain/partner/visibleCustomer.js";
import { ownEntry } from "../../domain/text.js";
import { licenseTrendCard } from "../../cards/calling/licenseTrendCard.js";
import type { ActionData } from "../../cards/calling/callingCard.js";
import { sentenceCard } from "../../cards/sentence.js";
import { defineAction, defineCommand, type HandlerContext, type Reply } from "../routing/types.js";
import { trendShow } from "../../cards/actions.js";
import { localeOf } from "./context.js";
import { FAMILY_WORDS, filterOptions } from "./arguments.js";
import { toCustomerFilter, withSpaceRegion } from "./filters.js";
import { resolveCustomer } from "./resolveCustomer.js";

interface TrendQuestion { family: AnalyticsFamily; filter: CustomerFilter; customer?: VisibleCustomer }

const show = (family: AnalyticsFamily, filter: CustomerFilter, customerId?: string): ActionData =>
  trendShow.data({ family, filter, ...(customerId ? { customerId } : {}) });

async function trendReply(ctx: HandlerContext, question: TrendQuestion): Promise<Reply> {
  const trend = await readLicenseTrend(ctx.deps.db, { viewer: ctx.viewer, filter: question.filter, now: ctx.deps.clock.now(), customerId: question.customer?.id }, question.family);
  const other = question.family === "meetings" ? "calling" : "meetings";
  return licenseTrendCard({
    trend,
    family: question.family,
    customerName: question.customer?.name,
    switches: [{ title: ctx.t("kpis.switchTo", { family: ctx.t(`family.${other}`) }), data: show(other, question.filter, question.customer?.id) }],
  }, ctx.t, localeOf(ctx));
}

const trendArgs = z.object({ positional: z.array(z.string()).max(20), options: filterOptions.omit({ page: true }) }).transform((words) => {
  const [first, ...rest] = words.positional;
  const family = first === undefined ? undefined : ownEntry(FAMILY_WORDS, first.toLowerCase());
  const customer = (family ? rest : words.positional).join(" ").trim();
  return { family: family ?? "meetings", customer: customer || undefined, options: words.options };
});

export const trendCommand = defineCommand({
  name: "trend",
  group: "renewals",
  aliases: ["trends", "distribution", "license-trend"],
  summary: "help.summary.trend",
  usage: "trend [meetings|calling] [customer] [region:…] [tag:…]",
  example: "trend calling region:EU",
  args: trendArgs,
  allowed: "any-admin",
  run: async (ctx, args) => {
    const filter = withSpaceRegion(toCustomerFilter(args.options), ctx.space.region);
    if (!args.customer) return trendReply(ctx, { family: args.family, filter });
    const resolved = await resolveCustomer(ctx, args.customer, (customerId) => show(args.family, {}, customerId));
    return "reply" in resolved ? resolved.reply : trendReply(ctx, { family: args.family, filter: {}, customer: resolved.customer });
  },
});

export const trendShowAction = defineAction({
  action: trendShow,
  allowed: "any-admin",
  run: async (ctx, inputs) => {
    if (!inputs.customerId) return trendReply(ctx, inputs);
    const customer = await visibleCustomer(ctx.deps.db, ctx.viewer, inputs.customerId);
    return customer ? trendReply(ctx, { ...inputs, customer }) : sentenceCard(ctx.t("customer.gone"));
  },
});
