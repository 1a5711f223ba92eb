// German: what a command's words should have been (the words to type stay as the parser reads them).
import type { Catalogue } from "../types.js";

export const deArguments = {
  "commandArg.product": "verwenden Sie meetings, calling, calling_professional, calling_standard, rtt, webinars oder other",
  "commandArg.subscriptionType": "verwenden Sie trial oder subscription",
  "commandArg.managed": "verwenden Sie partner für die Kunden Ihrer Partnerorganisation oder external für die Kunden, die Sie als externer Administrator verwalten",
  "commandArg.region": "geben Sie USA, CA, EU, VAE oder all an (auch US, CA, EU, UAE)",
  "commandArg.page": "geben Sie eine Seitenzahl an, zum Beispiel 2",
  "argument.missingWord": "Es fehlt etwas: {problem}.",
} satisfies Partial<Catalogue>;
