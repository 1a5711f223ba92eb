// `tags`, `tag <customer> <tag>`, `untag <customer> <tag>`: every partner admin sees tags;
// only partner full administrators and partner administrators assign or remove them.
import { z } from "zod";
import { tagChange, tagsPage } from "../../cards/actions.js";
import { MANAGING_ROLES } from "../../domain/model.js";
import { tagChangeCard, tagsCard } from "../../cards/tags.js";
import { sentenceCard } from "../../cards/sentence.js";
import { defineAction, defineCommand, type HandlerContext, type Reply } from "../routing/types.js";
import { localeOf, pageRequest } from "./context.js";
import { noOptions, tagWord } from "./arguments.js";
import { resolveCustomer } from "./resolveCustomer.js";
import { changeTag } from "../../domain/partner/changeTag.js";
import { tagList } from "../../domain/partner/tagList.js";
import { visibleCustomer } from "../../domain/partner/visibleCustomer.js";

async function tagsReply(ctx: HandlerContext, page: number): Promise<Reply> {
  const found = await tagList(ctx.deps.db, ctx.viewer, pageRequest(page));
  return tagsCard({ page: found, pageAction: (p) => tagsPage.data({ page: p }) }, ctx.t, localeOf(ctx));
}

async function changeReply(ctx: HandlerContext, customerId: string, tag: string, mode: "assign" | "remove"): Promise<Reply> {
  const customer = await visibleCustomer(ctx.deps.db, ctx.viewer, customerId);
  if (!customer) return sentenceCard(ctx.t("customer.gone"));
  const result = await changeTag(ctx.deps.db, ctx.deps.clock, { actor: ctx.viewer.email, customerId: customer.id, tag, mode });
  ctx.log.info({ change: result.change, mode }, "tag change");
  return tagChangeCard({ change: result.change, tag: result.tag, customerId: customer.id, customerName: customer.name, tags: result.tags }, ctx.t);
}

/** `<customer words…> <tag>`: the last word is the tag (quote a tag with spaces). */
const tagArgs = z.object({
  positional: z.array(z.string()).min(2, { message: "commandArg.customer" }).max(30),
  options: noOptions,
}).transform((w) => ({ customer: w.positional.slice(0, -1).join(" ").trim(), tag: w.positional.at(-1) ?? "" }))
  .pipe(z.object({ customer: z.string().min(1, { message: "commandArg.customer" }).max(200, { message: "commandArg.customerLength" }), tag: tagWord }));

function tagChangeCommand(mode: "assign" | "remove") {
  const name = mode === "assign" ? "tag" : "untag";
  return defineCommand({
    name,
    group: "customers",
    aliases: mode === "assign" ? ["label"] : ["unlabel", "remove-tag"],
    summary: mode === "assign" ? "help.summary.tag" : "help.summary.untag",
    usage: `${name} <customer> <tag>`,
    example: `${name} "Acme GmbH" "Renewal risk"`,
    args: tagArgs,
    allowed: MANAGING_ROLES,
    run: async (ctx, args) => {
      const resolved = await resolveCustomer(ctx, args.customer, (customerId) => tagChange.data({ mode, customerId, tag: args.tag }));
      return "reply" in resolved ? resolved.reply : changeReply(ctx, resolved.customer.id, args.tag, mode);
    },
  });
}

export const tagCommand = tagChangeCommand("assign");
export const untagCommand = tagChangeCommand("remove");

export const tagsCommand = defineCommand({
  name: "tags",
  group: "customers",
  summary: "help.summary.tags",
  usage: "tags [page:N]",
  example: "tags",
  args: z.object({ positional: z.array(z.string()).max(0), options: z.strictObject({ page: z.coerce.number().int().min(1).max(10_000).optional() }) }),
  allowed: "any-admin",
  run: (ctx, args) => tagsReply(ctx, args.options.page ?? 1),
});

export const tagsPageAction = defineAction({
  action: tagsPage,
  allowed: "any-admin",
  run: (ctx, inputs) => tagsReply(ctx, inputs.page),
});

/** The pick on a choice card of `tag` / `untag`: checked again for the person who clicked. */
export const tagChangeAction = defineAction({
  action: tagChange,
  allowed: MANAGING_ROLES,
  run: (ctx, inputs) => changeReply(ctx, inputs.customerId, inputs.tag, inputs.mode),
});
