// Portuguese statuses, regions and roles: the exact words of the Partner Hub guide in
// Portuguese (seeds/003: "Lista de clientes", "Seletor de região", "Administradores de parceiros").
import type { Catalogue } from "../types.js";

export const ptCommon = {
  "status.trial": "Teste",
  "status.active": "Assinatura",
  "status.expiringSoon": "Expira em breve",
  "status.licenseOverage": "Excesso de licenças",
  "status.noRecentActivity": "Nenhuma atividade recente",
  "status.readyForOrderSetup": "Pronto para configuração do pedido",
  "status.suspended": "Suspenso",
  "status.expired": "Expirado",

  "region.US": "Estados Unidos",
  "region.CA": "Canadá",
  "region.EU": "União Europeia",
  "region.UAE": "Emirados Árabes Unidos",
  "region.all": "Todas as regiões",
  "region.code.US": "EUA",
  "region.code.CA": "CA",
  "region.code.EU": "UE",
  "region.code.UAE": "UAE",

  "role.full": "Administrador completo de parceiros",
  "role.admin": "Administrador de parceiros",
  "role.readonly": "Administrador somente leitura de parceiros",
  "role.sales-full": "Administrador completo de vendas",
  "role.sales": "Administrador de vendas",
} satisfies Partial<Catalogue>;
