// Polish: the customer list and paging.
import type { Catalogue } from "../types.js";

export const plCustomers = {
  "customers.title": "Klienci ({total})",
  "customers.none": "Żaden klient nie spełnia warunków tego zapytania.",
  "customers.noStatus": "Brak statusu",
  "customers.pageOf": "Strona {page} z {pageCount}. Kliknij klienta, aby wyświetlić szczegóły.",
  "customers.textRow": "{name} ({region}): {statuses}",
  "customers.def.statuses": "Subskrypcja: klient ma aktywną subskrypcję. Wersja próbna: trwa okres próbny. Wygasa wkrótce: subskrypcja lub okres próbny bez automatycznego odnawiania kończy się w ciągu {expiringDays} dni. Brak ostatniej aktywności: żaden administrator klienta nie zalogował się do Control Hub w ciągu ostatnich {inactivityDays} dni. Wygasło: żadna subskrypcja ani okres próbny nie obowiązuje i żadna nie jest zawieszona ani gotowa do skonfigurowania zamówienia.",
  "help.summary.customers": "Wyświetla listę klientów z ich statusami; filtruj za pomocą status:, product:, type:, region:, tag:, managed:.",
  "paging.previous": "Poprzednia",
  "paging.next": "Następna",
} satisfies Partial<Catalogue>;
