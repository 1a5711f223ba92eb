// German: what a command's words should have been (the words to type stay as the parser reads them).
import type { Catalogue } from "../types.js";

export const deArguments = {
  "commandArg.importsCount": "geben Sie an, wie viele Importe angezeigt werden sollen, eine ganze Zahl von 1 bis 20",
  "commandArg.status": "verwenden Sie trial, active, expiring, overage, inactive, setup, suspended oder expired, mehrere durch Kommas getrennt",
  "commandArg.product": "verwenden Sie meetings, calling, calling_professional, calling_standard, rtt, webinars oder other",
  "commandArg.subscriptionType": "verwenden Sie trial oder subscription",
  "commandArg.managed": "verwenden Sie partner für die Kunden Ihrer Partnerorganisation oder external für die Kunden, die Sie als externer Administrator verwalten",
  "commandArg.page": "geben Sie eine Seitenzahl an, zum Beispiel 2",
  "commandArg.tagFilter": "geben Sie Tag-Namen an: a,b für einen davon, a+b für alle",
  "commandArg.report": "das ist kein Bericht; verwenden Sie einen von diesen: {templates}",
  "commandArg.scheduleReport": "nennen Sie zuerst den Bericht, zum Beispiel subscriptions",
  "commandArg.frequency": "geben Sie daily, weekly <Tag> oder monthly <Tag> an",
  "commandArg.weekday": "geben Sie den Wochentag an, zum Beispiel weekly monday",
  "commandArg.monthDay": "geben Sie den Tag des Monats an (1 bis 31), zum Beispiel monthly 1",
  "commandArg.time": "schreiben Sie die Uhrzeit als HH:MM im 24-Stunden-Format, zum Beispiel 08:00",
  "commandArg.timeZone": "verwenden Sie eine IANA-Zeitzone wie Europe/Berlin oder America/New_York",
  "commandArg.alertSetting": "schreiben Sie alerts on, alerts off, alerts thresholds 60,14,3 oder alerts time 09:00 Europe/Berlin",
  "commandArg.thresholds": "schreiben Sie bis zu 10 ganze Zahlen von Tagen zwischen 1 und 365, durch Kommas getrennt, zum Beispiel 60,14,3",
  "commandArg.scheduleId": "geben Sie die ID an, die schedules anzeigt",
  "argument.missingWord": "Es fehlt etwas: {problem}.",
  "argument.notValid": "„{value}“ ist hier nicht gültig",
} satisfies Partial<Catalogue>;
