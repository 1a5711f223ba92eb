// Portuguese: what a command's words should have been (the words to type stay as the parser reads them).
import type { Catalogue } from "../types.js";

export const ptArguments = {
  "commandArg.importsCount": "informe quantas importações mostrar, um número inteiro de 1 a 20",
  "commandArg.status": "use trial, active, expiring, overage, inactive, setup, suspended ou expired, vários separados por vírgulas",
  "commandArg.product": "use meetings, calling, calling_professional, calling_standard, rtt, webinars ou other",
  "commandArg.subscriptionType": "use trial ou subscription",
  "commandArg.managed": "use partner para os clientes da sua organização parceira ou external para os que você gerencia como administrador externo",
  "commandArg.page": "informe um número de página, como 2",
  "commandArg.tagFilter": "informe nomes de tags: a,b para qualquer uma delas, a+b para todas",
  "commandArg.report": "isto não é um relatório; use um destes: {templates}",
  "commandArg.scheduleReport": "informe primeiro o relatório, por exemplo subscriptions",
  "commandArg.frequency": "informe daily, weekly <dia> ou monthly <dia>",
  "commandArg.weekday": "informe o dia da semana, por exemplo weekly monday",
  "commandArg.monthDay": "informe o dia do mês (de 1 a 31), por exemplo monthly 1",
  "commandArg.time": "escreva a hora como HH:MM no formato de 24 horas, por exemplo 08:00",
  "commandArg.timeZone": "use um fuso horário IANA como America/Sao_Paulo ou Europe/Lisbon",
  "commandArg.alertSetting": "escreva alerts on, alerts off, alerts thresholds 60,14,3 ou alerts time 09:00 America/Sao_Paulo",
  "commandArg.thresholds": "escreva até 10 números inteiros de dias de 1 a 365, separados por vírgulas, por exemplo 60,14,3",
  "commandArg.scheduleId": "informe o id que schedules mostra",
  "argument.missingWord": "Falta algo: {problem}.",
  "argument.notValid": "\"{value}\" não é válido aqui",
} satisfies Partial<Catalogue>;
