// `enable` and `disable`: a group space shows partner data only once a partner admin said so,
// because anyone can be a member of a group space. Which admins: those Partner Hub lets edit
// (partner full administrators and partner administrators); read-only and sales roles edit nothing
// there, and a space's settings decide what everyone in it sees.
import { z } from "zod";
import { MANAGING_ROLES } from "../../domain/model.js";
import { setSpaceEnabled } from "../routing/spaces.js";
import { defineCommand, type HandlerContext, type Reply } from "../routing/types.js";

const noArguments = z.object({ positional: z.array(z.string()).max(0), options: z.strictObject({}) });

async function toggle(ctx: HandlerContext, enabled: boolean): Promise<Reply> {
  if (ctx.space.type === "direct") return { text: ctx.t("notice.onlyGroupSpaces") };
  await setSpaceEnabled(ctx.deps.db, ctx.space.id, enabled, ctx.viewer.email);
  await ctx.deps.db.auditLog.create({
    data: { actor: ctx.viewer.email, action: enabled ? "space.enable" : "space.disable", target: ctx.space.id, at: ctx.deps.clock.now() },
  });
  return { text: ctx.t(enabled ? "notice.enabled" : "notice.disabled") };
}

export const enableCommand = defineCommand({
  name: "enable",
  group: "settings",
  summary: "help.summary.enable",
  usage: "enable",
  example: "enable",
  args: noArguments,
  allowed: MANAGING_ROLES,
  worksInDisabledSpace: true,
  run: (ctx) => toggle(ctx, true),
});

export const disableCommand = defineCommand({
  name: "disable",
  group: "settings",
  summary: "help.summary.disable",
  usage: "disable",
  example: "disable",
  args: noArguments,
  allowed: MANAGING_ROLES,
  worksInDisabledSpace: true,
  run: (ctx) => toggle(ctx, false),
});
