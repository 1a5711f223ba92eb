// German analytics labels: KPIs and sections as named in seeds/004 ("Leistungskennzahlen",
// "Einblicke in die Anrufwarteschlange"); filters as in "Filter".
import type { Catalogue } from "../types.js";

export const deAnalytics = {
  "analytics.filter.invalid": "Der Filter „{field}“ ist ungültig ({problem}). {hint}",
  "analytics.filter.region": "Verwenden Sie eine der Regionen USA, CA, EU oder VAE.",
  "analytics.filter.managedBy": "Verwenden Sie „partner“ für Kunden Ihrer Partnerorganisation oder „external“ für Kunden, die Sie als externer Administrator verwalten.",
  "analytics.filter.product": "Verwenden Sie eine Produktfamilie (meetings, calling) oder ein Produkt wie calling_professional.",
  "analytics.filter.status": "Verwenden Sie Status wie trial, expiringSoon, licenseOverage, suspended oder expired.",
  "analytics.filter.subscriptionType": "Verwenden Sie „subscription“ oder „trial“.",
  "analytics.filter.tags": "Geben Sie einen oder mehrere Tag-Namen an, dazu „any“ oder „all“.",
  "analytics.filter.page": "Seiten beginnen bei 1 und enthalten höchstens 100 Zeilen.",
  "analytics.filter.other": "Prüfen Sie den Wert und versuchen Sie es erneut.",

  "analytics.kpi.totalCustomers": "Gesamtkunden",
  "analytics.kpi.nearingExpiration": "Bald ablaufendes Abonnement",
  "analytics.kpi.nearingRenewal": "Baldige Verlängerung",
  "analytics.kpi.lowAssignment": "Niedrige Lizenzzuweisung",
  "analytics.kpi.overLimit": "Überschreitung des Lizenzlimits",

  "analytics.section.recentlyAdded": "Neu hinzugekommene Kunden innerhalb der letzten {days} Tage",
  "analytics.section.aboutToExpire": "Ablauf in den nächsten {days} Tagen",
  "analytics.section.aboutToRenew": "Verlängerung in den nächsten {days} Tagen",
  "analytics.section.lowAssignment": "Geringe Zuweisung von Lizenzen",
  "analytics.section.overLimit": "Kunden über Lizenzbegrenzung",

  "analytics.callQueue.weightedNote": "Partnerweite Durchschnittswerte sind nach der Anzahl der Anrufe jedes Kunden gewichtet.",
  "analytics.callQueue.week": "Anrufwarteschlangen in der Woche vom {week}",
} satisfies Partial<Catalogue>;
