// `customer <name | org id>` and the buttons that open a customer or one of its subscriptions:
// customer list -> customer -> subscription, one click each.
import { z } from "zod";
import { customerShow, subscriptionShow } from "../../cards/actions.js";
import { customerDetail } from "../../domain/analytics/customerDetail.js";
import { customerDetailCard } from "../../cards/customerDetail.js";
import { subscriptionCard } from "../../cards/subscription.js";
import { sentenceCard } from "../../cards/sentence.js";
import { defineAction, defineCommand, type HandlerContext, type Reply } from "../routing/types.js";
import { analyticsOf, localeOf } from "./context.js";
import { DEFAULT_ANALYTICS_SETTINGS } from "../../domain/analytics/settings.js";
import { customerWords, noOptions } from "./arguments.js";
import { resolveCustomer } from "./resolveCustomer.js";

export async function customerReply(ctx: HandlerContext, customerId: string): Promise<Reply> {
  const detail = await customerDetail(analyticsOf(ctx), customerId);
  // The same answer whether the customer does not exist or is not the viewer's: no leak.
  if (!detail) return sentenceCard(ctx.t("customer.gone"));
  return customerDetailCard(detail, ctx.t, localeOf(ctx), DEFAULT_ANALYTICS_SETTINGS);
}

export const customerCommand = defineCommand({
  name: "customer",
  group: "customers",
  aliases: ["show", "org", "detail"],
  summary: "help.summary.customer",
  usage: "customer <name | org id>",
  example: "customer \"Acme GmbH\"",
  args: z.object({ positional: customerWords, options: noOptions }),
  allowed: "any-admin",
  run: async (ctx, args) => {
    const resolved = await resolveCustomer(ctx, args.positional, (customerId) => customerShow.data({ customerId }));
    return "reply" in resolved ? resolved.reply : customerReply(ctx, resolved.customer.id);
  },
});

export const customerShowAction = defineAction({
  action: customerShow,
  allowed: "any-admin",
  run: (ctx, inputs) => customerReply(ctx, inputs.customerId),
});

export const subscriptionShowAction = defineAction({
  action: subscriptionShow,
  allowed: "any-admin",
  run: async (ctx, inputs) => {
    const owner = await ctx.deps.db.subscription.findUnique({ where: { id: inputs.subscriptionId }, select: { customerId: true, type: true } });
    const detail = owner ? await customerDetail(analyticsOf(ctx), owner.customerId) : null;
    const contract = detail && [...detail.subscriptions, ...detail.trials].find((c) => c.id === inputs.subscriptionId);
    if (!detail || !contract || !owner) return sentenceCard(ctx.t("subscription.gone"));
    return subscriptionCard({
      customerId: detail.profile.id,
      customerName: detail.profile.name,
      kind: owner.type === "trial" ? "trial" : "subscription",
      contract,
    }, ctx.t, localeOf(ctx));
  },
});
