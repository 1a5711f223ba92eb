// German: the customer list and paging.
import type { Catalogue } from "../types.js";

export const deCustomers = {
  "customers.title": "Kunden ({total})",
  "customers.none": "Kein Kunde entspricht dieser Anfrage.",
  "customers.noStatus": "Kein Status",
  "customers.pageOf": "Seite {page} von {pageCount}. Klicken Sie auf einen Kunden, um Details anzuzeigen.",
  "customers.textRow": "{name} ({region}): {statuses}",
  "customers.def.statuses": "Abonnement: Der Kunde hat ein aktives Abonnement. Testversion: Eine Testversion läuft. Läuft bald ab: Ein Abonnement oder eine Testversion ohne automatische Verlängerung endet in höchstens {expiringDays} Tagen. Keine aktuelle Aktivität: Keiner der Administratoren des Kunden hat sich in den letzten {inactivityDays} Tagen bei Control Hub angemeldet. Abgelaufen: Kein Abonnement und keine Testversion ist in Kraft, und keines ist ausgesetzt oder bereit zur Auftragserteilung.",
  "help.summary.customers": "Listet Ihre Kunden mit ihrem Status auf; filtern Sie mit status:, product:, type:, region:, tag:, managed:.",
  "paging.previous": "Zurück",
  "paging.next": "Weiter",
} satisfies Partial<Catalogue>;
