// French: the customer list and paging.
import type { Catalogue } from "../types.js";

export const frCustomers = {
  "customers.title": "Clients ({total})",
  "customers.none": "Aucun client ne correspond à cette demande.",
  "customers.noStatus": "Aucun statut",
  "customers.pageOf": "Page {page} sur {pageCount}. Cliquez sur un client pour afficher les détails.",
  "customers.textRow": "{name} ({region}) : {statuses}",
  "help.summary.customers": "Affiche vos clients avec leurs statuts ; filtrez avec status:, product:, type:, region:, tag:, managed:.",
  "paging.previous": "Précédent",
  "paging.next": "Suivant",
} satisfies Partial<Catalogue>;
