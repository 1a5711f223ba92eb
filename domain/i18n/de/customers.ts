// German: the customer list and paging.
import type { MessageKey } from "../catalogue.js";

export const deCustomers: Partial<Record<MessageKey, string>> = {
  "customers.title": "Kunden ({total})",
  "customers.none": "Kein Kunde entspricht dieser Anfrage.",
  "customers.noStatus": "Kein Status",
  "customers.pageOf": "Seite {page} von {pageCount}. Klicken Sie auf einen Kunden, um Details anzuzeigen.",
  "customers.textRow": "{name} ({region}): {statuses}",
  "help.summary.customers": "Listet Ihre Kunden mit ihrem Status auf; filtern Sie mit status:, product:, type:, region:, tag:, managed:.",
  "paging.previous": "Zurück",
  "paging.next": "Weiter",
};
