// German statuses, regions and roles: the exact words of the Partner Hub guide in German
// (seeds/004: "Kundenliste", "Regionsauswahl", "Partneradministratoren").
import type { Catalogue } from "../types.js";

export const deCommon = {
  "status.trial": "Testversion",
  "status.active": "Abonnement",
  "status.expiringSoon": "Läuft bald ab",
  "status.licenseOverage": "Lizenzüberschreitung",
  "status.noRecentActivity": "Keine aktuelle Aktivität",
  "status.readyForOrderSetup": "Bereit zur Auftragserteilung",
  "status.suspended": "Ausgesetzt",
  "status.expired": "Abgelaufen",

  "region.US": "Vereinigte Staaten",
  "region.CA": "Kanada",
  "region.EU": "Europäische Union",
  "region.UAE": "Vereinigte Arabische Emirate",
  "region.all": "Alle Regionen",
  "region.code.US": "USA",
  "region.code.CA": "CA",
  "region.code.EU": "EU",
  "region.code.UAE": "VAE",

  "role.full": "Partner-Volladministrator",
  "role.admin": "Partner-Administrator",
  "role.readonly": "Partner-Administrator mit Leserechten",
  "role.sales-full": "Vertriebs-Volladministrator",
  "role.sales": "Vertriebsadministrator",
} satisfies Partial<Catalogue>;
