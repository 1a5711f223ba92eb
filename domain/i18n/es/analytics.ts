// Spanish analytics labels: KPIs and sections as named in seeds/000 ("Indicadores clave de
// rendimiento (KPI)", "Información sobre las colas de llamadas"); filters as in "Filtros".
import type { Catalogue } from "../types.js";

export const esAnalytics = {
  "analytics.filter.invalid": "El filtro \"{field}\" no es válido ({problem}). {hint}",
  "analytics.filter.region": "Use una de las regiones US, CA, UE o UAE.",
  "analytics.filter.managedBy": "Use \"partner\" para los clientes de su organización asociada o \"external\" para los clientes que administra como administrador externo.",
  "analytics.filter.product": "Use una familia de productos (meetings, calling) o un producto como calling_professional.",
  "analytics.filter.status": "Use estados como trial, expiringSoon, licenseOverage, suspended o expired.",
  "analytics.filter.subscriptionType": "Use \"subscription\" o \"trial\".",
  "analytics.filter.tags": "Indique uno o varios nombres de etiqueta, y \"any\" o \"all\".",
  "analytics.filter.page": "Las páginas empiezan en 1 y contienen como máximo 100 filas.",
  "analytics.filter.other": "Compruebe el valor e inténtelo de nuevo.",

  "analytics.kpi.totalCustomers": "Total de clientes",
  "analytics.kpi.nearingExpiration": "Próximo a vencer",
  "analytics.kpi.nearingRenewal": "Próximos a la renovación",
  "analytics.kpi.lowAssignment": "Baja asignación de licencias",
  "analytics.kpi.overLimit": "Límite de licencias superior",

  "analytics.section.recentlyAdded": "Clientes añadidos recientemente en los últimos {days} días",
  "analytics.section.aboutToExpire": "A punto de caducar en los próximos {days} días",
  "analytics.section.aboutToRenew": "A punto de renovarse en los próximos {days} días",
  "analytics.section.lowAssignment": "Baja asignación de licencias",
  "analytics.section.overLimit": "Clientes que superan el límite de licencias",

  "analytics.callQueue.weightedNote": "Los promedios de todo el socio se ponderan por el número de llamadas de cada cliente.",
  "analytics.callQueue.week": "Colas de llamadas en la semana del {week}",
} satisfies Partial<Catalogue>;
