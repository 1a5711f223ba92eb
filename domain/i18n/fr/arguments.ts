// French: what a command's words should have been (the words to type stay as the parser reads them).
import type { Catalogue } from "../types.js";

export const frArguments = {
  "commandArg.product": "utilisez meetings, calling, calling_professional, calling_standard, rtt, webinars ou other",
  "commandArg.subscriptionType": "utilisez trial ou subscription",
  "commandArg.managed": "utilisez partner pour les clients de votre organisation partenaire ou external pour ceux que vous gérez en tant qu'administrateur externe",
  "commandArg.region": "indiquez US, CA, UE, UAE ou all (ou US, CA, EU, UAE)",
  "commandArg.page": "indiquez un numéro de page, par exemple 2",
  "argument.missingWord": "Il manque quelque chose : {problem}.",
} satisfies Partial<Catalogue>;
