// Polish: what a command's words should have been (the words to type stay as the parser reads them).
import type { Catalogue } from "../types.js";

export const plArguments = {
  "commandArg.importsCount": "podaj, ile importów pokazać: liczbę całkowitą od 1 do 20",
  "commandArg.status": "użyj trial, active, expiring, overage, inactive, setup, suspended lub expired, kilku rozdzielonych przecinkami",
  "commandArg.product": "użyj meetings, calling, calling_professional, calling_standard, rtt, webinars lub other",
  "commandArg.subscriptionType": "użyj trial lub subscription",
  "commandArg.managed": "użyj partner dla klientów Twojej organizacji partnerskiej lub external dla klientów, którymi zarządzasz jako administrator zewnętrzny",
  "commandArg.page": "podaj numer strony, np. 2",
  "commandArg.tagFilter": "podaj nazwy tagów: a,b dla dowolnego z nich, a+b dla wszystkich",
  "commandArg.report": "to nie jest raport; użyj jednego z: {templates}",
  "commandArg.scheduleReport": "najpierw podaj raport, np. subscriptions",
  "commandArg.frequency": "podaj daily, weekly <dzień> lub monthly <dzień>",
  "commandArg.weekday": "podaj dzień tygodnia, np. weekly monday",
  "commandArg.monthDay": "podaj dzień miesiąca (od 1 do 31), np. monthly 1",
  "commandArg.time": "podaj godzinę jako GG:MM w formacie 24-godzinnym, np. 08:00",
  "commandArg.timeZone": "użyj strefy czasowej IANA, np. Europe/Warsaw lub America/New_York",
  "commandArg.alertSetting": "napisz alerts on, alerts off, alerts thresholds 60,14,3 lub alerts time 09:00 Europe/Warsaw",
  "commandArg.thresholds": "podaj do 10 liczb całkowitych dni od 1 do 365, rozdzielonych przecinkami, np. 60,14,3",
  "commandArg.scheduleId": "podaj identyfikator, który pokazuje schedules",
  "argument.missingWord": "Czegoś brakuje: {problem}.",
  "argument.notValid": "„{value}” nie jest tutaj prawidłowe",
} satisfies Partial<Catalogue>;
