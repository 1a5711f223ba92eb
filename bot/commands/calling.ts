// `calling [usage|quality|features] [customer] [filters] [page:N]`: Webex Calling in the last
// complete week, for the customers the asker may see, partner-wide or for one customer; each card
// links to the other two views and to `queues`, and quality and features post their pictures.
import { z } from "zod";
import { customerFilterSchema, type CustomerFilter } from "../../domain/analytics/filter.js";
import { readFeatures, readQuality, readUsage, readUsageWeeks } from "../../domain/calling/read.js";
import { lastCompleteWeek } from "../../domain/calling/weeks.js";
import type { CallingScope } from "../../domain/store/calling/scope.js";
import { visibleCustomer, type VisibleCustomer } from "../../domain/partner/visibleCustomer.js";
import { ownEntry } from "../../domain/text.js";
import { customerUsageCard, usageCard } from "../../cards/calling/usageCard.js";
import { qualityCard } from "../../cards/calling/qualityCard.js";
import { featuresCard } from "../../cards/calling/featuresCard.js";
import type { ActionData } from "../../cards/calling/callingCard.js";
import { sentenceCard } from "../../cards/sentence.js";
import { defineAction, defineCommand, type HandlerContext, type Reply } from "../routing/types.js";
import { cardId } from "./cardInputs.js";
import { localeOf, pageRequest } from "./context.js";
import { filterOptions } from "./arguments.js";
import { toCustomerFilter, withSpaceRegion } from "./filters.js";
import { resolveCustomer } from "./resolveCustomer.js";

import { CALLING_VIEWS, callingShow, queuesCustomer, queuesPage, type CallingView } from "../../cards/actions.js";
export { CALLING_VIEWS, type CallingView } from "../../cards/actions.js";

const VIEW_WORDS: Record<string, CallingView> = {
  usage: "usage", use: "usage", calls: "usage",
  quality: "quality", qos: "quality", poor: "quality",
  features: "features", feature: "features",
};

interface CallingQuestion { view: CallingView; filter: CustomerFilter; page: number; customer?: VisibleCustomer }

const show = (question: Omit<CallingQuestion, "customer"> & { customerId?: string }): ActionData => callingShow.data({
  view: question.view, filter: question.filter, page: question.page,
  ...(question.customerId ? { customerId: question.customerId } : {}),
});

function switches(ctx: HandlerContext, question: CallingQuestion): Array<{ title: string; data: ActionData }> {
  const customerId = question.customer?.id;
  const views = CALLING_VIEWS.filter((view) => view !== question.view)
    .map((view) => ({ title: ctx.t(`calling.show.${view}`), data: show({ view, filter: question.filter, page: 1, customerId }) }));
  const week = lastCompleteWeek(ctx.deps.clock.now()).toISOString().slice(0, 10);
  const queues: ActionData = customerId ? queuesCustomer.data({ customerId }) : queuesPage.data({ week, filter: question.filter, page: 1 });
  return [...views, { title: ctx.t("calling.show.queues"), data: queues }];
}

export async function callingReply(ctx: HandlerContext, question: CallingQuestion): Promise<Reply> {
  const scope: CallingScope = { viewer: ctx.viewer, filter: question.filter, now: ctx.deps.clock.now(), customerId: question.customer?.id };
  const locale = localeOf(ctx);
  const page = pageRequest(question.page);
  const common = {
    switches: switches(ctx, question),
    pageAction: (p: number) => show({ view: question.view, filter: question.filter, page: p }),
    select: (customerId: string) => show({ view: question.view, filter: question.filter, page: 1, customerId }),
  };
  const customerName = question.customer?.name;
  switch (question.view) {
    case "usage":
      return customerName
        ? customerUsageCard({ customerName, weeks: await readUsageWeeks(ctx.deps.db, scope), switches: common.switches }, ctx.t, locale)
        : usageCard({ usage: await readUsage(ctx.deps.db, scope, page), ...common }, ctx.t, locale);
    case "quality":
      return qualityCard({ quality: await readQuality(ctx.deps.db, scope, page), customerName, ...common }, ctx.t, locale);
    case "features":
      return featuresCard({ features: await readFeatures(ctx.deps.db, scope, page), customerName, ...common }, ctx.t, locale);
  }
}

const callingArgs = z.object({ positional: z.array(z.string()).max(20), options: filterOptions }).transform((words) => {
  const [first, ...rest] = words.positional;
  const view = first === undefined ? undefined : ownEntry(VIEW_WORDS, first.toLowerCase());
  const customer = (view ? rest : words.positional).join(" ").trim();
  return { view: view ?? "usage", customer: customer || undefined, options: words.options };
});

export const callingCommand = defineCommand({
  name: "calling",
  group: "calling",
  aliases: ["call", "calls", "engagement"],
  summary: "help.summary.calling",
  usage: "calling [usage|quality|features] [customer] [region:…] [tag:…] [page:N]",
  example: "calling quality region:EU",
  args: callingArgs,
  allowed: "any-admin",
  run: async (ctx, args) => {
    const filter = withSpaceRegion(toCustomerFilter(args.options), ctx.space.region);
    if (!args.customer) return callingReply(ctx, { view: args.view, filter, page: args.options.page ?? 1 });
    const resolved = await resolveCustomer(ctx, args.customer, (customerId) => show({ view: args.view, filter: {}, page: 1, customerId }));
    return "reply" in resolved ? resolved.reply : callingReply(ctx, { view: args.view, filter: {}, page: 1, customer: resolved.customer });
  },
});

export const callingShowAction = defineAction({
  action: callingShow,
  allowed: "any-admin",
  run: async (ctx, inputs) => {
    if (!inputs.customerId) return callingReply(ctx, inputs);
    // The id came back through Webex: the person who clicked must be able to see it.
    const customer = await visibleCustomer(ctx.deps.db, ctx.viewer, inputs.customerId);
    return customer ? callingReply(ctx, { ...inputs, customer }) : sentenceCard(ctx.t("customer.gone"));
  },
});
