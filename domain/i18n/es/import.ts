// Spanish: report imports, syncs and the imports command. Report names follow seeds/000
// ("Informe de detalles de suscripción", "Informe de detalles de uso de llamadas").
import type { Catalogue } from "../types.js";

export const esImport = {
  "import.kind.subscription-details": "Detalles de suscripción",
  "import.kind.calling-usage": "Detalles de uso de llamadas",
  "import.kind.call-queue-stats": "Estadísticas de la cola de llamadas",
  "import.kind.call-history": "Historial detallado de llamadas",
  "import.kind.sync": "Sincronización con la API de socios",

  "import.source.space": "Espacio de Webex",
  "import.source.cli": "Línea de comandos",
  "import.source.sync": "Sincronización",

  "import.done.title": "Importación completada: {fileName}",
  "import.done.summary": "{rows} filas leídas del informe {kind}.",
  "import.done.reportDate": "El informe se calculó el {date}.",
  "import.done.noReportDate": "El informe no indica cuándo se calculó.",
  "import.done.nothingChanged": "No ha cambiado nada: el almacén ya contenía todo lo de este archivo.",
  "import.counts.header.what": "Qué",
  "import.counts.header.created": "Creados",
  "import.counts.header.updated": "Actualizados",
  "import.counts.header.unchanged": "Sin cambios",
  "import.counts.customers": "Clientes",
  "import.counts.subscriptions": "Suscripciones",
  "import.counts.records": "Registros del informe",
  "import.counts.line": "{what}: {created} creados, {updated} actualizados, {unchanged} sin cambios.",

  "import.failed.title": "No se ha importado nada de {fileName}",
  "import.failed.nothingWritten": "El almacén no ha cambiado. Corrija el archivo y vuelva a adjuntarlo.",
  "import.refused.empty": "El archivo está vacío. Vuelva a exportar el informe desde Partner Hub y adjunte el archivo nuevo.",
  "import.refused.tooLarge": "El archivo ocupa {size} MB y supera el límite de {limit} MB. Exporte un intervalo de fechas más corto o menos clientes, o pida al operador que aumente IMPORT_MAX_MB.",
  "import.refused.notUtf8": "El archivo no es texto UTF-8. Adjunte el CSV tal como lo exportó Partner Hub, sin guardarlo desde una hoja de cálculo con otra codificación.",
  "import.refused.zipUnreadable": "No se ha podido abrir el archivo zip. Vuelva a descargar el informe y adjúntelo sin modificarlo.",
  "import.refused.zipEmpty": "El archivo zip no contiene ningún archivo CSV. Adjunte el zip que generó la API de informes de socios, o el propio CSV.",
  "import.refused.zipSeveral": "El archivo zip contiene {count} archivos ({names}); debe contener exactamente un informe CSV. Adjunte cada informe por separado.",
  "import.refused.unknownKind": "Este no es un informe que el bot pueda importar (sus primeras columnas son: {headers}). Adjunte un informe de Detalles de suscripción, Detalles de uso de llamadas, Estadísticas de la cola de llamadas o Historial detallado de llamadas.",
  "import.refused.wrongKind": "Ha pedido importar un informe {wanted}, pero este archivo es un informe {found}. Impórtelo sin indicar el tipo o adjunte el archivo correcto.",
  "import.refused.noRows": "El archivo tiene una fila de encabezado pero ninguna fila de datos. Compruebe el intervalo de fechas del informe y vuelva a exportarlo.",
  "import.refused.invalidRows": "{count} valores del archivo no son válidos. Corríjalos y vuelva a adjuntar el archivo.",
  "import.problem": "Línea {line}, columna \"{column}\": \"{value}\" no es {expected}.",
  "import.problems.more": "…y {count} problemas más.",

  "import.expected.required": "un valor admitido: el campo no puede quedar vacío",
  "import.expected.wholeNumber": "un número entero como 12",
  "import.expected.number": "un número como 12.5 o 12,5",
  "import.expected.date": "una fecha como 2026-03-31",
  "import.expected.yesNo": "sí o no",
  "import.expected.subscriptionStatus": "un estado de suscripción (Activo o Caducado)",
  "import.expected.orgId": "un identificador de organización como 6f1c3a52-8d2e-4b7a-9c11-2f5e8a9b0c01",
  "import.expected.knownCustomer": "un cliente que el bot conozca; importe primero el informe de Detalles de suscripción",
  "import.expected.duration": "una duración en segundos o con el formato hh:mm:ss",

  "imports.title": "Importaciones y sincronizaciones recientes",
  "imports.empty": "Todavía no se ha importado nada. Adjunte un CSV de informe de Partner Hub a un mensaje para el bot.",
  "imports.entry": "{when}: {kind} desde {source} por {actor}, {rows} filas ({file}).",
  "imports.entry.counts": "Suscripciones: {created} creadas, {updated} actualizadas, {unchanged} sin cambios; clientes: {customersCreated} creados.",
  "imports.header.when": "Cuándo",
  "imports.header.what": "Informe",
  "imports.header.who": "Quién",
  "imports.header.rows": "Filas",

} satisfies Partial<Catalogue>;
