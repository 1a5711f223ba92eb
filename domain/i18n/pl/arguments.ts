// Polish: what a command's words should have been (the words to type stay as the parser reads them).
import type { Catalogue } from "../types.js";

export const plArguments = {
  "commandArg.product": "użyj meetings, calling, calling_professional, calling_standard, rtt, webinars lub other",
  "commandArg.subscriptionType": "użyj trial lub subscription",
  "commandArg.managed": "użyj partner dla klientów Twojej organizacji partnerskiej lub external dla klientów, którymi zarządzasz jako administrator zewnętrzny",
  "commandArg.region": "podaj USA, CA, UE, ZEA lub all (także US, CA, EU, UAE)",
  "commandArg.page": "podaj numer strony, np. 2",
  "argument.missingWord": "Czegoś brakuje: {problem}.",
} satisfies Partial<Catalogue>;
