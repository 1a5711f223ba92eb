// Spanish statuses, regions and roles: the exact words of the Partner Hub guide in Spanish
// (seeds/000: "Lista de clientes", "selector de región", "Administradores de socios").
import type { Catalogue } from "../types.js";

export const esCommon = {
  "status.trial": "Prueba",
  "status.active": "Suscripción",
  "status.expiringSoon": "Próximo a vencer",
  "status.licenseOverage": "Exceso de licencia",
  "status.noRecentActivity": "Sin actividad reciente",
  "status.readyForOrderSetup": "Listo para la configuración del pedido",
  "status.suspended": "Suspendido",
  "status.expired": "Caducado",

  "region.US": "Estados Unidos",
  "region.CA": "Canadá",
  "region.EU": "Unión Europea",
  "region.UAE": "Emiratos Árabes Unidos",
  "region.all": "Todas las regiones",
  "region.code.US": "US",
  "region.code.CA": "CA",
  "region.code.EU": "UE",
  "region.code.UAE": "UAE",

  "role.full": "Administrador completo de socios",
  "role.admin": "Administrador de socios",
  "role.readonly": "Administrador de socios de solo lectura",
  "role.sales-full": "Administrador completo de ventas",
  "role.sales": "Administrador de ventas",
} satisfies Partial<Catalogue>;
