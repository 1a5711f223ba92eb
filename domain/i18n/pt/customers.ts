// Portuguese: the customer list and paging.
import type { Catalogue } from "../types.js";

export const ptCustomers = {
  "customers.title": "Clientes ({total})",
  "customers.none": "Nenhum cliente corresponde a esta consulta.",
  "customers.noStatus": "Sem status",
  "customers.pageOf": "Página {page} de {pageCount}. Clique em um cliente para ver os detalhes.",
  "customers.textRow": "{name} ({region}): {statuses}",
  "help.summary.customers": "Lista seus clientes com os respectivos status; filtre com status:, product:, type:, region:, tag:, managed:.",
  "paging.previous": "Anterior",
  "paging.next": "Próxima",
} satisfies Partial<Catalogue>;
