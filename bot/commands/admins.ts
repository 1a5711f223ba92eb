// `admins [customer]`: the partner administrators and their roles, or those assigned to one
// customer the asker may see.
import { z } from "zod";
import { adminsCustomer, adminsPage } from "../../cards/actions.js";
import { customerDetail } from "../../domain/analytics/customerDetail.js";
import { adminsCard, customerAdminsCard } from "../../cards/admins.js";
import { sentenceCard } from "../../cards/sentence.js";
import { defineAction, defineCommand, type HandlerContext, type Reply } from "../routing/types.js";
import { analyticsOf, localeOf, pageRequest } from "./context.js";
import { resolveCustomer } from "./resolveCustomer.js";
import { adminRoster } from "../../domain/partner/adminRoster.js";

async function rosterReply(ctx: HandlerContext, page: number): Promise<Reply> {
  const found = await adminRoster(ctx.deps.db, pageRequest(page));
  return adminsCard({ page: found, pageAction: (p) => adminsPage.data({ page: p }) }, ctx.t, localeOf(ctx));
}

async function customerAdminsReply(ctx: HandlerContext, customerId: string): Promise<Reply> {
  const detail = await customerDetail(analyticsOf(ctx), customerId);
  if (!detail) return sentenceCard(ctx.t("customer.gone"));
  return customerAdminsCard({ customerId: detail.profile.id, customerName: detail.profile.name, admins: detail.admins }, ctx.t);
}

export const adminsCommand = defineCommand({
  name: "admins",
  group: "customers",
  aliases: ["administrators", "roles", "team"],
  summary: "help.summary.admins",
  usage: "admins [customer] [page:N]",
  example: "admins \"Acme GmbH\"",
  args: z.object({
    positional: z.array(z.string()).max(30),
    options: z.strictObject({ page: z.coerce.number().int().min(1).max(10_000).optional() }),
  }).transform((w) => ({ customer: w.positional.join(" ").trim() || undefined, page: w.options.page ?? 1 })),
  allowed: "any-admin",
  run: async (ctx, args) => {
    if (!args.customer) return rosterReply(ctx, args.page);
    const resolved = await resolveCustomer(ctx, args.customer, (customerId) => adminsCustomer.data({ customerId }));
    return "reply" in resolved ? resolved.reply : customerAdminsReply(ctx, resolved.customer.id);
  },
});

export const adminsPageAction = defineAction({
  action: adminsPage,
  allowed: "any-admin",
  run: (ctx, inputs) => rosterReply(ctx, inputs.page),
});

export const adminsCustomerAction = defineAction({
  action: adminsCustomer,
  allowed: "any-admin",
  run: (ctx, inputs) => customerAdminsReply(ctx, inputs.customerId),
});
