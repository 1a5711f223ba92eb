// `language [en|es|pl|fr|pt|de]`: shows or sets the language this space's answers are written
// in. Command words stay English whatever the language, because the parser reads English words.
// Like region: in a group space for partner full administrators and partner administrators; a
// direct space's language is its one admin's own choice.
import { z } from "zod";
import { LANGUAGES, translatorFor, type Language } from "../../domain/i18n/catalogue.js";
import { sentenceCard } from "../../cards/sentence.js";
import { MANAGING_ROLES } from "../../domain/model.js";
import { defineCommand } from "../routing/types.js";
import { noOptions } from "./arguments.js";

const languageWord = z.string().transform((v) => v.trim().toLowerCase())
  .pipe(z.enum(LANGUAGES as readonly [Language, ...Language[]]));

export const languageCommand = defineCommand({
  name: "language",
  group: "settings",
  aliases: ["lang"],
  summary: "help.summary.language",
  usage: "language [en|es|pl|fr|pt|de]",
  example: "language es",
  args: z.object({ positional: z.array(languageWord).max(1), options: noOptions }).transform((w) => ({ language: w.positional[0] })),
  allowed: "any-admin",
  changes: { allowed: MANAGING_ROLES, when: (args, space) => args.language !== undefined && space.type === "group" },
  run: async (ctx, args) => {
    if (!args.language) return sentenceCard(ctx.t("languageCmd.current", { language: ctx.t(`language.name.${ctx.space.language}`) }));
    await ctx.deps.db.$transaction([
      ctx.deps.db.space.update({ where: { id: ctx.space.id }, data: { language: args.language } }),
      ctx.deps.db.auditLog.create({ data: { at: ctx.deps.clock.now(), actor: ctx.viewer.email, action: "space.language", target: ctx.space.id, detail: JSON.stringify({ from: ctx.space.language, to: args.language }) } }),
    ]);
    // The confirmation is the first answer in the new language, so the person sees the change.
    const t = translatorFor(args.language);
    return sentenceCard(t("languageCmd.set", { language: t(`language.name.${args.language}`) }));
  },
});
