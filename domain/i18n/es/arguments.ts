// Spanish: what a command's words should have been (the words to type stay as the parser reads them).
import type { Catalogue } from "../types.js";

export const esArguments = {
  "commandArg.importsCount": "indique cuántas importaciones mostrar, un número entero entre 1 y 20",
  "commandArg.status": "use trial, active, expiring, overage, inactive, setup, suspended o expired, varios separados por comas",
  "commandArg.product": "use meetings, calling, calling_professional, calling_standard, rtt, webinars u other",
  "commandArg.subscriptionType": "use trial o subscription",
  "commandArg.managed": "use partner para los clientes de su organización asociada o external para los que administra como administrador externo",
  "commandArg.page": "indique un número de página, como 2",
  "commandArg.tagFilter": "indique nombres de etiqueta: a,b para cualquiera de ellas, a+b para todas",
  "commandArg.report": "no es un informe; use uno de estos: {templates}",
  "commandArg.scheduleReport": "indique primero el informe, por ejemplo subscriptions",
  "commandArg.frequency": "indique daily, weekly <día> o monthly <día>",
  "commandArg.weekday": "indique el día de la semana, por ejemplo weekly monday",
  "commandArg.monthDay": "indique el día del mes (del 1 al 31), por ejemplo monthly 1",
  "commandArg.time": "escriba la hora como HH:MM en formato de 24 horas, por ejemplo 08:00",
  "commandArg.timeZone": "use una zona horaria IANA como Europe/Madrid o America/New_York",
  "commandArg.alertSetting": "escriba alerts on, alerts off, alerts thresholds 60,14,3 o alerts time 09:00 Europe/Madrid",
  "commandArg.thresholds": "escriba hasta 10 números enteros de días entre 1 y 365, separados por comas, por ejemplo 60,14,3",
  "commandArg.scheduleId": "indique el id que muestra schedules",
  "argument.missingWord": "Falta algo: {problem}.",
  "argument.notValid": "\"{value}\" no es válido aquí",
} satisfies Partial<Catalogue>;
