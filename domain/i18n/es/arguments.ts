// Spanish: what a command's words should have been (the words to type stay as the parser reads them).
import type { Catalogue } from "../types.js";

export const esArguments = {
  "commandArg.product": "use meetings, calling, calling_professional, calling_standard, rtt, webinars u other",
  "commandArg.subscriptionType": "use trial o subscription",
  "commandArg.managed": "use partner para los clientes de su organización asociada o external para los que administra como administrador externo",
  "commandArg.region": "indique US, CA, UE, UAE o all (también US, CA, EU, UAE)",
  "commandArg.page": "indique un número de página, como 2",
  "argument.missingWord": "Falta algo: {problem}.",
} satisfies Partial<Catalogue>;
