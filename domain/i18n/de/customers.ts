// German: the customer list and paging.
import type { Catalogue } from "../types.js";

export const deCustomers = {
  "customers.title": "Kunden ({total})",
  "customers.none": "Kein Kunde entspricht dieser Anfrage.",
  "customers.noStatus": "Kein Status",
  "customers.pageOf": "Seite {page} von {pageCount}. Klicken Sie auf einen Kunden, um Details anzuzeigen.",
  "customers.textRow": "{name} ({region}): {statuses}",
  "help.summary.customers": "Listet Ihre Kunden mit ihrem Status auf; filtern Sie mit status:, product:, type:, region:, tag:, managed:.",
  "paging.previous": "Zurück",
  "paging.next": "Weiter",
} satisfies Partial<Catalogue>;
