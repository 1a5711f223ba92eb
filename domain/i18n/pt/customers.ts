// Portuguese: the customer list and paging.
import type { Catalogue } from "../types.js";

export const ptCustomers = {
  "customers.title": "Clientes ({total})",
  "customers.none": "Nenhum cliente corresponde a esta consulta.",
  "customers.noStatus": "Sem status",
  "customers.pageOf": "Página {page} de {pageCount}. Clique em um cliente para ver os detalhes.",
  "customers.textRow": "{name} ({region}): {statuses}",
  "customers.def.statuses": "Assinatura: o cliente tem uma assinatura ativa. Teste: há um teste em andamento. Expira em breve: uma assinatura ou teste sem renovação automática termina em {expiringDays} dias ou menos. Nenhuma atividade recente: nenhum administrador do cliente entrou no Control Hub nos últimos {inactivityDays} dias. Expirado: nenhuma assinatura ou teste está em vigor, e nenhuma está suspensa ou pronta para configuração do pedido.",
  "help.summary.customers": "Lista seus clientes com os respectivos status; filtre com status:, product:, type:, region:, tag:, managed:.",
  "paging.previous": "Anterior",
  "paging.next": "Próxima",
} satisfies Partial<Catalogue>;
