// Portuguese: what a command's words should have been (the words to type stay as the parser reads them).
import type { Catalogue } from "../types.js";

export const ptArguments = {
  "commandArg.product": "use meetings, calling, calling_professional, calling_standard, rtt, webinars ou other",
  "commandArg.subscriptionType": "use trial ou subscription",
  "commandArg.managed": "use partner para os clientes da sua organização parceira ou external para os que você gerencia como administrador externo",
  "commandArg.region": "informe EUA, CA, UE, UAE ou all (também US, CA, EU, UAE)",
  "commandArg.page": "informe um número de página, como 2",
  "argument.missingWord": "Falta algo: {problem}.",
} satisfies Partial<Catalogue>;
