// `region [US|CA|EU|UAE|all]`: shows or sets the space's default region, which every list and
// KPI in the space applies unless a command names region: itself. Setting it in a group space
// changes what everyone there sees: partner full administrators and partner administrators only.
// A direct space is one admin's own, and its region their own view.
import { z } from "zod";
import { addProblem } from "../../domain/i18n/issue.js";
import { regionOfCode } from "../../domain/regionCodes.js";
import { sentenceCard } from "../../cards/sentence.js";
import { regionLabel } from "../../cards/format.js";
import { MANAGING_ROLES } from "../../domain/model.js";
import { defineCommand } from "../routing/types.js";
import { noOptions } from "./arguments.js";

const regionWord = z.string().transform((v, ctx) => (v.trim().toLowerCase() === "all" ? "all" : regionOfCode(v) ?? addProblem(ctx, "commandArg.region")));

export const regionCommand = defineCommand({
  name: "region",
  group: "settings",
  aliases: ["regions"],
  summary: "help.summary.region",
  usage: "region [US|CA|EU|UAE|all]",
  example: "region EU",
  args: z.object({ positional: z.array(regionWord).max(1), options: noOptions }).transform((w) => ({ region: w.positional[0] })),
  allowed: "any-admin",
  changes: { allowed: MANAGING_ROLES, when: (args, space) => args.region !== undefined && space.type === "group" },
  run: async (ctx, args) => {
    if (!args.region) return sentenceCard(ctx.t("regionCmd.current", { region: regionLabel(ctx.space.region, ctx.t) }));
    await ctx.deps.db.$transaction([
      ctx.deps.db.space.update({ where: { id: ctx.space.id }, data: { region: args.region } }),
      ctx.deps.db.auditLog.create({ data: { at: ctx.deps.clock.now(), actor: ctx.viewer.email, action: "space.region", target: ctx.space.id, detail: JSON.stringify({ region: args.region }) } }),
    ]);
    return sentenceCard(ctx.t("regionCmd.set", { region: regionLabel(args.region, ctx.t) }));
  },
});
