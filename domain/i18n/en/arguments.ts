// What a command's words should have been. Zod issues carry these keys as their message, and
// explain.ts translates them, so an argument error reads in the space's language. Command
// words themselves (daily, meetings, region codes) stay as typed: the parser reads them.
export const argumentMessages = {
  "commandArg.product": "use meetings, calling, calling_professional, calling_standard, rtt, webinars or other",
  "commandArg.subscriptionType": "use trial or subscription",
  "commandArg.managed": "use partner for the customers of your partner organization or external for those you manage as an external administrator",
  "commandArg.region": "give US, CA, EU, UAE or all",
  "commandArg.page": "give a page number, such as 2",
  "argument.missingWord": "Something is missing: {problem}.",
} as const;
