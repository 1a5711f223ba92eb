// Polish analytics labels: KPIs and sections as named in seeds/001 ("Kluczowe wskaźniki
// wydajności (KPI)", "Wgląd w kolejkę połączeń"); filters as in "Filtry".
import type { Catalogue } from "../types.js";

export const plAnalytics = {
  "analytics.filter.invalid": "Filtr „{field}” jest nieprawidłowy ({problem}). {hint}",
  "analytics.filter.region": "Użyj jednego z regionów USA, CA, UE lub ZEA.",
  "analytics.filter.managedBy": "Użyj „partner” dla klientów Twojej organizacji partnerskiej lub „external” dla klientów, którymi zarządzasz jako administrator zewnętrzny.",
  "analytics.filter.product": "Użyj rodziny produktów (meetings, calling) lub produktu, np. calling_professional.",
  "analytics.filter.status": "Użyj statusów, takich jak trial, expiringSoon, licenseOverage, suspended lub expired.",
  "analytics.filter.subscriptionType": "Użyj „subscription” lub „trial”.",
  "analytics.filter.tags": "Podaj jedną lub więcej nazw tagów oraz „any” lub „all”.",
  "analytics.filter.page": "Strony zaczynają się od 1 i zawierają najwyżej 100 wierszy.",
  "analytics.filter.other": "Sprawdź wartość i spróbuj ponownie.",

  "analytics.kpi.totalCustomers": "Łączna liczba klientów",
  "analytics.kpi.nearingExpiration": "Zbliża się termin wygaśnięcia",
  "analytics.kpi.nearingRenewal": "Zbliża się termin odnowienia",
  "analytics.kpi.lowAssignment": "Niska liczba przypisanych licencji",
  "analytics.kpi.overLimit": "Przekroczono limit licencji",

  "analytics.section.recentlyAdded": "Ostatnio dodani klienci w ciągu ostatnich {days} dni",
  "analytics.section.aboutToExpire": "Wygasające w ciągu najbliższych {days} dni",
  "analytics.section.aboutToRenew": "Odnawiane w ciągu najbliższych {days} dni",
  "analytics.section.lowAssignment": "Niskie przypisanie licencji",
  "analytics.section.overLimit": "Klienci przekraczający limit licencji",

  "analytics.callQueue.weightedNote": "Średnie dla całego partnera są ważone liczbą połączeń każdego klienta.",
  "analytics.callQueue.week": "Kolejki połączeń w tygodniu od {week}",
} satisfies Partial<Catalogue>;
