// `help` and `help <command>`: generated from the command table, never written by hand.
import { z } from "zod";
import { helpCard, helpGroupCard, commandHelpCard, type HelpEntry } from "../../cards/help.js";
import { defineAction, defineCommand, isAllowed, type HandlerContext, type Reply } from "../routing/types.js";
import { findCommand } from "../routing/router.js";
import { helpShow, type HelpGroup } from "../../cards/actions.js";

function entries(ctx: HandlerContext): HelpEntry[] {
  return ctx.tables.commands
    .filter((command) => isAllowed(command.allowed, ctx.viewer))
    .map((command) => ({ name: command.name, group: command.group, usage: command.usage, summary: command.summary, example: command.example, aliases: command.aliases ?? [] }));
}

function helpReply(ctx: HandlerContext, commandName?: string, group?: HelpGroup): Reply {
  const all = entries(ctx);
  if (group && !commandName) return helpGroupCard(group, all, ctx.t);
  const wanted = commandName ? findCommand(ctx.tables, commandName) : undefined;
  const entry = wanted && all.find((e) => e.name === wanted.name);
  return entry ? commandHelpCard(entry, ctx.t) : helpCard(all, ctx.t);
}

export const helpCommand = defineCommand({
  name: "help",
  group: "settings",
  aliases: ["?", "hi", "hello", "menu"],
  summary: "help.summary.help",
  usage: "help [command]",
  example: "help customers",
  args: z.object({ positional: z.array(z.string()).max(1), options: z.object({}) }).transform((w) => ({ command: w.positional[0] })),
  allowed: "any-admin",
  worksInDisabledSpace: true,
  run: async (ctx, args) => helpReply(ctx, args.command),
});

export const showHelpAction = defineAction({
  action: helpShow,
  allowed: "any-admin",
  run: async (ctx, inputs) => helpReply(ctx, inputs.command, inputs.group),
});
