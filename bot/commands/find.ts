// `find <email>`: the customer org of a user's address, as Partner Hub's search finds it.
import { z } from "zod";
import { findCustomerByEmail } from "../../domain/analytics/findByEmail.js";
import { sentenceCard } from "../../cards/sentence.js";
import { openUrlAction, submitAction } from "../../cards/elements.js";
import { partnerHubCustomerUrl } from "../../cards/format.js";
import { customerShow } from "../../cards/actions.js";
import { defineCommand } from "../routing/types.js";
import { emailWord, noOptions } from "./arguments.js";

export const findCommand = defineCommand({
  name: "find",
  group: "customers",
  aliases: ["search", "whose", "email"],
  summary: "help.summary.find",
  usage: "find <email>",
  example: "find jane.doe@customer.example",
  args: z.object({ positional: z.tuple([emailWord]), options: noOptions }).transform((w) => ({ email: w.positional[0] })),
  allowed: "any-admin",
  run: async (ctx, args) => {
    const match = await findCustomerByEmail({ db: ctx.deps.db, viewer: ctx.viewer }, args.email);
    if (!match) return sentenceCard(ctx.t("find.none", { email: args.email }));
    const sentence = ctx.t(match.matchedBy === "user" ? "find.found" : "find.foundByDomain", { email: args.email, customer: match.customerName });
    return sentenceCard(sentence, [
      submitAction(ctx.t("find.show", { customer: match.customerName }), customerShow.data({ customerId: match.customerId })),
      openUrlAction(ctx.t("common.openPartnerHub"), partnerHubCustomerUrl(match.customerId)),
    ]);
  },
});
