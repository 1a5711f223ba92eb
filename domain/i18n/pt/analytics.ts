// Portuguese analytics labels: KPIs and sections as named in seeds/003 ("Principais
// indicadores de desempenho (KPIs)", "Insights sobre a fila de chamadas"); filters as in "Filtros".
import type { Catalogue } from "../types.js";

export const ptAnalytics = {
  "analytics.filter.invalid": "O filtro \"{field}\" não é válido ({problem}). {hint}",
  "analytics.filter.region": "Use uma das regiões EUA, CA, UE ou UAE.",
  "analytics.filter.managedBy": "Use \"partner\" para clientes da sua organização parceira ou \"external\" para clientes que você gerencia como administrador externo.",
  "analytics.filter.product": "Use uma família de produtos (meetings, calling) ou um produto como calling_professional.",
  "analytics.filter.status": "Use status como trial, expiringSoon, licenseOverage, suspended ou expired.",
  "analytics.filter.subscriptionType": "Use \"subscription\" ou \"trial\".",
  "analytics.filter.tags": "Informe um ou mais nomes de tag, e \"any\" ou \"all\".",
  "analytics.filter.page": "As páginas começam em 1 e têm no máximo 100 linhas.",
  "analytics.filter.other": "Verifique o valor e tente novamente.",

  "analytics.kpi.totalCustomers": "Total de clientes",
  "analytics.kpi.nearingExpiration": "Aproximando-se da expiração",
  "analytics.kpi.nearingRenewal": "Renovação iminente",
  "analytics.kpi.lowAssignment": "Baixa atribuição de licenças",
  "analytics.kpi.overLimit": "Excedeu o limite de licença",

  "analytics.section.recentlyAdded": "Clientes adicionados recentemente nos últimos {days} dias",
  "analytics.section.aboutToExpire": "Prestes a expirar nos próximos {days} dias",
  "analytics.section.aboutToRenew": "Prestes a serem renovadas nos próximos {days} dias",
  "analytics.section.lowAssignment": "Baixa atribuição de licenças",
  "analytics.section.overLimit": "Clientes acima do limite de licenças",

  "analytics.callQueue.weightedNote": "As médias de todo o parceiro são ponderadas pelo número de chamadas de cada cliente.",
  "analytics.callQueue.week": "Filas de chamadas na semana de {week}",
} satisfies Partial<Catalogue>;
