// Spanish: the customer list and paging.
import type { Catalogue } from "../types.js";

export const esCustomers = {
  "customers.title": "Clientes ({total})",
  "customers.none": "Ningún cliente coincide con esta consulta.",
  "customers.noStatus": "Sin estado",
  "customers.pageOf": "Página {page} de {pageCount}. Haga clic en un cliente para ver los detalles.",
  "customers.textRow": "{name} ({region}): {statuses}",
  "customers.def.statuses": "Suscripción: el cliente tiene una suscripción activa. Prueba: hay una prueba en curso. Próximo a vencer: una suscripción o prueba sin renovación automática vence en {expiringDays} días o menos. Sin actividad reciente: ningún administrador del cliente ha iniciado sesión en Control Hub en los últimos {inactivityDays} días. Caducado: ninguna suscripción o prueba está vigente, y ninguna está suspendida o lista para la configuración del pedido.",
  "help.summary.customers": "Muestra sus clientes con sus estados; filtre con status:, product:, type:, region:, tag:, managed:.",
  "paging.previous": "Anterior",
  "paging.next": "Siguiente",
} satisfies Partial<Catalogue>;
