// Polish: the customer list and paging.
import type { Catalogue } from "../types.js";

export const plCustomers = {
  "customers.title": "Klienci ({total})",
  "customers.none": "Żaden klient nie spełnia warunków tego zapytania.",
  "customers.noStatus": "Brak statusu",
  "customers.pageOf": "Strona {page} z {pageCount}. Kliknij klienta, aby wyświetlić szczegóły.",
  "customers.textRow": "{name} ({region}): {statuses}",
  "help.summary.customers": "Wyświetla listę klientów z ich statusami; filtruj za pomocą status:, product:, type:, region:, tag:, managed:.",
  "paging.previous": "Poprzednia",
  "paging.next": "Następna",
} satisfies Partial<Catalogue>;
