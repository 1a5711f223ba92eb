// Argument schemas shared by several commands, with messages from the catalogue (the router's
// explain.ts turns each issue into a sentence naming the word that was wrong).
import { z } from "zod";
import { ownEntry } from "../../domain/text.js";
import { addProblem, says } from "../../domain/i18n/issue.js";
import { emailSchema } from "../../domain/analytics/findByEmail.js";
import { filterOptionsShape } from "./filters.js";

export const FAMILY_WORDS: Record<string, "meetings" | "calling"> = {
  meetings: "meetings", meeting: "meetings", m: "meetings",
  calling: "calling", calls: "calling", call: "calling", c: "calling",
};

export const noOptions = z.strictObject({});
export const filterOptions = z.strictObject(filterOptionsShape);

/** `[days] [meetings|calling]` in any order, then the filter options. */
export function sectionArgs(withDays: boolean) {
  return z.object({ positional: z.array(z.string()).max(withDays ? 2 : 1), options: filterOptions }).transform((words, ctx) => {
    let days: number | undefined;
    let family: "meetings" | "calling" | undefined;
    words.positional.forEach((word, index) => {
      const lower = word.toLowerCase();
      if (withDays && /^\d+$/.test(word)) {
        const value = Number(word);
        if (value >= 1 && value <= 365 && days === undefined) days = value;
        else addProblem(ctx, "commandArg.days", ["positional", index]);
      } else if (ownEntry(FAMILY_WORDS, lower) && family === undefined) family = ownEntry(FAMILY_WORDS, lower);
      else addProblem(ctx, withDays ? "commandArg.daysOrFamily" : "commandArg.family", ["positional", index]);
    });
    return { days, family: family ?? "meetings", options: words.options };
  });
}

/** A whole customer name (the words typed, joined) or an org id. */
export const customerWords = z.array(z.string()).min(1, says("commandArg.customer")).transform((words) => words.join(" ").trim()).pipe(z.string().min(1, says("commandArg.customer")).max(200, says("commandArg.customer")));

export const emailWord = z.string().superRefine((value, ctx) => {
  if (!emailSchema.safeParse(value).success) addProblem(ctx, "commandArg.email");
}).transform((value) => value.trim().toLowerCase());

// A day that exists: 2026-02-30 would otherwise roll over into March.
export const weekWord = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, says("commandArg.week"))
  .refine((value) => { const day = new Date(`${value}T00:00:00Z`); return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value; }, says("commandArg.week"))
  .transform((value) => new Date(`${value}T00:00:00Z`));

export const tagWord = z.string().trim().min(1, says("commandArg.tag")).max(80, says("commandArg.tag"))
  .refine((value) => !/[\u0000-\u001f\u007f]/.test(value), says("commandArg.tag"));
