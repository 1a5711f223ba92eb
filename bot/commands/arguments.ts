// Argument schemas shared by several commands. Their messages are catalogue keys: the router's
// explain.ts turns each issue into a sentence, in the space's language, naming the wrong word.
import { z } from "zod";
import { ownEntry } from "../../domain/text.js";
import { emailSchema } from "../../domain/analytics/findByEmail.js";
import { filterOptionsShape } from "./filters.js";

export const FAMILY_WORDS: Record<string, "meetings" | "calling"> = {
  meetings: "meetings", meeting: "meetings", m: "meetings",
  calling: "calling", calls: "calling", call: "calling", c: "calling",
};

export const noOptions = z.strictObject({});
export const filterOptions = z.strictObject(filterOptionsShape);

/** Words for both families at once (`kpis`, `expiring`, `renewing`). */
const BOTH_WORDS = new Set(["both", "all"]);

/** `[days] [meetings|calling]` in any order, then the filter options. With `both`, the word
 * "both" is a third choice, and no family word leaves the family undefined: the command picks
 * its default (both families when the partner sells both). */
export function sectionArgs(withDays: boolean, both = false) {
  return z.object({ positional: z.array(z.string()).max(withDays ? 2 : 1), options: filterOptions }).transform((words, ctx) => {
    let days: number | undefined;
    let family: "meetings" | "calling" | "both" | undefined;
    words.positional.forEach((word, index) => {
      const lower = word.toLowerCase();
      if (withDays && /^\d+$/.test(word)) {
        const value = Number(word);
        if (value >= 1 && value <= 365 && days === undefined) days = value;
        else ctx.addIssue({ code: "custom", message: "commandArg.days", path: ["positional", index] });
      } else if (ownEntry(FAMILY_WORDS, lower) && family === undefined) family = ownEntry(FAMILY_WORDS, lower);
      else if (both && BOTH_WORDS.has(lower) && family === undefined) family = "both";
      else {
        const expected = both ? (withDays ? "commandArg.daysOrFamilyOrBoth" : "commandArg.familyOrBoth") : (withDays ? "commandArg.daysOrFamily" : "commandArg.family");
        ctx.addIssue({ code: "custom", message: expected, path: ["positional", index] });
      }
    });
    return { days, family: both ? family : (family ?? "meetings"), options: words.options };
  });
}

/** A whole customer name (the words typed, joined) or an org id. */
export const customerWords = z.array(z.string()).min(1, { message: "commandArg.customer" }).transform((words) => words.join(" ").trim())
  .pipe(z.string().min(1, { message: "commandArg.customer" }).max(200, { message: "commandArg.customerLength" }));

export const emailWord = z.string().superRefine((value, ctx) => {
  if (!emailSchema.safeParse(value).success) ctx.addIssue({ code: "custom", message: "commandArg.email" });
}).transform((value) => value.trim().toLowerCase());

// A day that exists: 2026-02-30 would otherwise roll over into March.
export const weekWord = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: "commandArg.week" })
  .refine((value) => { const day = new Date(`${value}T00:00:00Z`); return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value; }, { message: "commandArg.week" })
  .transform((value) => new Date(`${value}T00:00:00Z`));

// One definition for typed words and card buttons.
export { tagWord } from "../../cards/actions.js";
