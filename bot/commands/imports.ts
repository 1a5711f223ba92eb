// `imports [N]`: the audit of data in — which reports and syncs landed, who ran them, what they changed.
// Another admin's file names and counts say things about customers: an admin who sees only their
// assigned customers sees only the imports they ran themselves.
import { z } from "zod";
import { recentImports } from "../../domain/import/index.js";
import { importsCard } from "../../cards/audit.js";
import { seesAllCustomers } from "../../domain/access/viewer.js";
import { defineCommand } from "../routing/types.js";

export const importsCommand = defineCommand({
  name: "imports",
  group: "reports",
  aliases: ["audit", "syncs"],
  summary: "help.summary.imports",
  usage: "imports [how many, up to 20]",
  example: "imports 5",
  args: z.object({
    positional: z.array(z.coerce.number({ message: "commandArg.importsCount" }).int({ message: "commandArg.importsCount" })
      .min(1, { message: "commandArg.importsCount" }).max(20, { message: "commandArg.importsCount" })).max(1),
    options: z.strictObject({}),
  }),
  allowed: "any-admin",
  run: async (ctx, args) => {
    const ownOnly = !seesAllCustomers(ctx.viewer);
    const entries = await recentImports(ctx.deps.db, { limit: args.positional[0] ?? 10, actor: ownOnly ? ctx.viewer.email : undefined });
    return importsCard(entries, ctx.t, { ownOnly });
  },
});
