// `today` (alias `brief`) and `changes [days]`: what needs attention first, and what changed
// since the data of some days before. Both read the asker's scope and the space's region.
import { z } from "zod";
import { defineAction, defineCommand, type HandlerContext } from "../routing/types.js";
import { localeOf } from "./context.js";
import { noOptions } from "./arguments.js";
import { changesReply, todayReply, type AttentionAsker } from "./attentionReplies.js";
import { changesPage, todayPage } from "../../cards/attentionActions.js";
import { DEFAULT_CHANGE_DAYS, MAX_CHANGE_DAYS } from "../../domain/attention/changes.js";

const askerOf = (ctx: HandlerContext): AttentionAsker =>
  ({ db: ctx.deps.db, clock: ctx.deps.clock, viewer: ctx.viewer, region: ctx.space.region, locale: localeOf(ctx), t: ctx.t });


export const todayCommand = defineCommand({
  name: "today",
  group: "renewals",
  aliases: ["brief"],
  summary: "help.summary.today",
  usage: "today",
  example: "today",
  args: z.object({ positional: z.array(z.string()).max(0), options: noOptions }),
  allowed: "any-admin",
  run: (ctx) => todayReply(askerOf(ctx), 1),
});

export const todayPageAction = defineAction({
  action: todayPage,
  allowed: "any-admin",
  run: (ctx, inputs) => todayReply(askerOf(ctx), inputs.page),
});

const daysWord = z.string().regex(/^\d{1,3}$/, { message: "commandArg.changeDays" }).transform(Number)
  .pipe(z.number().min(1, { message: "commandArg.changeDays" }).max(MAX_CHANGE_DAYS, { message: "commandArg.changeDays" }));

export const changesCommand = defineCommand({
  name: "changes",
  group: "reports",
  aliases: ["changed", "digest"],
  summary: "help.summary.changes",
  usage: "changes [days]",
  example: "changes 7",
  args: z.object({ positional: z.array(daysWord).max(1), options: noOptions }),
  allowed: "any-admin",
  run: (ctx, args) => changesReply(askerOf(ctx), args.positional[0] ?? DEFAULT_CHANGE_DAYS, 1),
});

export const changesPageAction = defineAction({
  action: changesPage,
  allowed: "any-admin",
  run: (ctx, inputs) => changesReply(askerOf(ctx), inputs.days, inputs.page),
});
