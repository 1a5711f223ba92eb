// Spanish: the customer list and paging.
import type { Catalogue } from "../types.js";

export const esCustomers = {
  "customers.title": "Clientes ({total})",
  "customers.none": "Ningún cliente coincide con esta consulta.",
  "customers.noStatus": "Sin estado",
  "customers.pageOf": "Página {page} de {pageCount}. Haga clic en un cliente para ver los detalles.",
  "customers.textRow": "{name} ({region}): {statuses}",
  "help.summary.customers": "Muestra sus clientes con sus estados; filtre con status:, product:, type:, region:, tag:, managed:.",
  "paging.previous": "Anterior",
  "paging.next": "Siguiente",
} satisfies Partial<Catalogue>;
