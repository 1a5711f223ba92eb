// French: what a command's words should have been (the words to type stay as the parser reads them).
import type { Catalogue } from "../types.js";

export const frArguments = {
  "commandArg.importsCount": "indiquez combien d'importations afficher, un nombre entier de 1 à 20",
  "commandArg.status": "utilisez trial, active, expiring, overage, inactive, setup, suspended ou expired, plusieurs séparés par des virgules",
  "commandArg.product": "utilisez meetings, calling, calling_professional, calling_standard, rtt, webinars ou other",
  "commandArg.subscriptionType": "utilisez trial ou subscription",
  "commandArg.managed": "utilisez partner pour les clients de votre organisation partenaire ou external pour ceux que vous gérez en tant qu'administrateur externe",
  "commandArg.page": "indiquez un numéro de page, par exemple 2",
  "commandArg.tagFilter": "indiquez des noms de balises : a,b pour l'une d'elles, a+b pour toutes",
  "commandArg.report": "ce n'est pas un rapport ; utilisez l'un de ceux-ci : {templates}",
  "commandArg.scheduleReport": "indiquez d'abord le rapport, par exemple subscriptions",
  "commandArg.frequency": "indiquez daily, weekly <jour> ou monthly <jour>",
  "commandArg.weekday": "indiquez le jour de la semaine, par exemple weekly monday",
  "commandArg.monthDay": "indiquez le jour du mois (de 1 à 31), par exemple monthly 1",
  "commandArg.time": "écrivez l'heure au format HH:MM sur 24 heures, par exemple 08:00",
  "commandArg.timeZone": "utilisez un fuseau horaire IANA tel que Europe/Paris ou America/New_York",
  "commandArg.alertSetting": "écrivez alerts on, alerts off, alerts thresholds 60,14,3 ou alerts time 09:00 Europe/Paris",
  "commandArg.thresholds": "écrivez jusqu'à 10 nombres entiers de jours de 1 à 365, séparés par des virgules, par exemple 60,14,3",
  "commandArg.scheduleId": "indiquez l'id affiché par schedules",
  "argument.missingWord": "Il manque quelque chose : {problem}.",
  "argument.notValid": "« {value} » n'est pas valide ici",
} satisfies Partial<Catalogue>;
