// `resources`: links to Partner Hub and its help pages.
import { z } from "zod";
import { resourcesCard } from "../../cards/resources.js";
import { defineCommand } from "../routing/types.js";
import { noOptions } from "./arguments.js";

export const resourcesCommand = defineCommand({
  name: "resources",
  group: "settings",
  aliases: ["links", "docs", "helpdocs"],
  summary: "help.summary.resources",
  usage: "resources",
  example: "resources",
  args: z.object({ positional: z.array(z.string()).max(0), options: noOptions }),
  allowed: "any-admin",
  run: async (ctx) => resourcesCard(ctx.t),
});
