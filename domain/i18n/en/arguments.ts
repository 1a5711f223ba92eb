// What a command's words should have been. Zod issues carry these keys as their message, and
// explain.ts translates them, so an argument error reads in the space's language. Command
// words themselves (daily, meetings, region codes) stay as typed: the parser reads them.
export const argumentMessages = {
  "commandArg.importsCount": "give how many imports to show, a whole number from 1 to 20",
  "commandArg.status": "use trial, active, expiring, overage, inactive, setup, suspended or expired, several separated by commas",
  "commandArg.product": "use meetings, calling, calling_professional, calling_standard, rtt, webinars or other",
  "commandArg.subscriptionType": "use trial or subscription",
  "commandArg.managed": "use partner for the customers of your partner organization or external for those you manage as an external administrator",
  "commandArg.page": "give a page number, such as 2",
  "commandArg.tagFilter": "give tag names: a,b for any of them, a+b for all of them",
  "commandArg.report": "this is not a report; use one of {templates}",
  "commandArg.scheduleReport": "name the report first, for example subscriptions",
  "commandArg.frequency": "say daily, weekly <day> or monthly <day>",
  "commandArg.weekday": "say which weekday, for example weekly monday",
  "commandArg.monthDay": "say which day of the month (1 to 31), for example monthly 1",
  "commandArg.time": "write the time as HH:MM on a 24-hour clock, for example 08:00",
  "commandArg.timeZone": "use an IANA time zone such as Europe/Madrid or America/New_York",
  "commandArg.alertSetting": "say alerts on, alerts off, alerts thresholds 60,14,3 or alerts time 09:00 Europe/Madrid",
  "commandArg.thresholds": "write up to 10 whole numbers of days from 1 to 365, separated by commas, for example 60,14,3",
  "commandArg.scheduleId": "give the id that schedules shows",
  "argument.missingWord": "Something is missing: {problem}.",
  "argument.notValid": "\"{value}\" is not valid here",
} as const;
