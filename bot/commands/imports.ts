// `imports [N]`: the audit of data in — which reports and syncs landed, who ran them, what they changed.
import { z } from "zod";
import { recentImports } from "../../domain/import/index.js";
import { says } from "../../domain/i18n/issue.js";
import { importsCard } from "../../cards/audit.js";
import { defineCommand } from "../routing/types.js";

export const importsCommand = defineCommand({
  name: "imports",
  aliases: ["audit", "syncs"],
  summary: "help.summary.imports",
  usage: "imports [how many, up to 20]",
  example: "imports 5",
  args: z.object({
    positional: z.array(z.coerce.number(says("commandArg.importsCount")).int(says("commandArg.importsCount")).min(1, says("commandArg.importsCount")).max(20, says("commandArg.importsCount"))).max(1),
    options: z.strictObject({}),
  }),
  allowed: "any-admin",
  run: async (ctx, args) => importsCard(await recentImports(ctx.deps.db, { limit: args.positional[0] ?? 10 }), ctx.t),
});
