// `alerts`: shows a space's expiry alerts; `alerts on|off`, `alerts thresholds 60,14,3` and
// `alerts time 09:00 [Europe/Madrid]` change them (partner full admins and partner admins).
import { z } from "zod";
import { alertSettings, changeAlertSettings, type AlertSettingsChange } from "../../domain/alerts/settings.js";
import { thresholdsSchema } from "../../domain/alerts/thresholds.js";
import { MANAGING_ROLES } from "../../domain/model.js";
import { hhmmSchema, nextDueAfter, timeZoneSchema } from "../../domain/schedule/spec.js";
import { alertSettingsCard } from "../../cards/alertSettings.js";
import { defineCommand } from "../routing/types.js";

const SETTING_HINT = "commandArg.alertsSetting";

export const alertWordsSchema = z.array(z.string()).transform((words, ctx): AlertSettingsChange | undefined => {
  const fail = (index: number, message: string): never => {
    ctx.addIssue({ code: "custom", message, path: [index] });
    return z.NEVER as never;
  };
  const [verb, ...rest] = words.map((w, i) => (i === 0 ? w.toLowerCase() : w));
  if (verb === undefined) return undefined;
  if ((verb === "on" || verb === "off") && rest.length === 0) return { kind: "enabled", enabled: verb === "on" };
  if (verb === "thresholds" && rest.length >= 1) {
    const parsed = thresholdsSchema.safeParse(rest.join(","));
    return parsed.success ? { kind: "thresholds", thresholds: parsed.data } : fail(1, parsed.error.issues[0]?.message ?? SETTING_HINT);
  }
  if (verb === "time" && rest.length >= 1 && rest.length <= 2) {
    const time = hhmmSchema.safeParse(rest[0]);
    if (!time.success) return fail(1, time.error.issues[0]?.message ?? SETTING_HINT);
    if (rest[1] === undefined) return { kind: "time", time: time.data };
    const zone = timeZoneSchema.safeParse(rest[1]);
    return zone.success ? { kind: "time", time: time.data, timeZone: zone.data } : fail(2, zone.error.issues[0]?.message ?? SETTING_HINT);
  }
  return fail(0, SETTING_HINT);
});

export const alertsCommand = defineCommand({
  name: "alerts",
  group: "reports",
  aliases: ["alert"],
  summary: "help.summary.alerts",
  usage: "alerts [on|off|thresholds 90,30,7,1|time HH:MM [time zone]]",
  example: "alerts thresholds 60,14,3",
  args: z.object({ positional: alertWordsSchema, options: z.strictObject({}) }),
  allowed: "any-admin",
  changes: { allowed: MANAGING_ROLES, when: (args) => args.positional !== undefined },
  run: async (ctx, args) => {
    const change = args.positional;
    if (change) {
      await changeAlertSettings(ctx.deps.db, ctx.space, change, ctx.viewer.email);
      await ctx.deps.db.auditLog.create({ data: { actor: ctx.viewer.email, action: "alerts.change", target: ctx.space.id, detail: JSON.stringify(change) } });
    }
    const settings = (await alertSettings(ctx.deps.db, ctx.space.id))!;
    const spec = { frequency: "daily", dayOfWeek: null, dayOfMonth: null, time: settings.time, timeZone: settings.timeZone } as const;
    return alertSettingsCard({ settings, next: nextDueAfter(spec, ctx.deps.clock.now()), changed: Boolean(change) }, ctx.t, ctx.space.language);
  },
});
