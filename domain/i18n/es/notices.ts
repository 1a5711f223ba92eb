// Spanish: help, refusals, mistakes and errors. Command words stay in English.
import type { Catalogue } from "../types.js";

export const esNotices = {
  "help.title": "Lo que puedo hacer",
  "help.intro": "Escriba un comando en este espacio (en un espacio de grupo, mencióneme primero). Haga clic en una fila de cualquier lista para ver los detalles.",
  "help.commandTitle": "Comando: {command}",
  "help.aliases": "También: {aliases}",
  "help.summary.help": "Muestra los comandos o explica uno: help customers.",
  "help.summary.enable": "Me permite mostrar datos del socio en este espacio de grupo.",
  "help.summary.disable": "Deja de mostrar datos del socio en este espacio de grupo.",
  "help.summary.imports": "Muestra las últimas importaciones de informes y sincronizaciones: cuándo, quién y qué cambiaron.",

  "notice.unknownCommand": "No conozco el comando \"{typed}\". Escriba help para ver lo que puedo hacer.",
  "notice.unknownCommandSuggest": "No conozco el comando \"{typed}\". ¿Quiso decir {suggestion}? Escriba help para ver todo lo que puedo hacer.",
  "notice.showHelp": "Mostrar todos los comandos",
  "notice.runSuggestion": "Explicar {suggestion}",
  "notice.badArguments": "No he podido leer el comando {command}.",
  "notice.usage": "Uso: {usage}",
  "notice.example": "Ejemplo: {example}",
  "notice.stranger": "Lo siento, solo respondo a los administradores de socios de este socio. Pida a un administrador completo de socios que añada {email} a la lista del bot.",
  "notice.notAllowed": "Su rol ({role}) no puede hacer eso. Pídaselo a un administrador completo de socios o a un administrador de socios.",
  "notice.spaceNotEnabled": "Todavía no muestro datos del socio en este espacio. Un administrador de socios puede activarlo escribiendo enable.",
  "notice.staleAction": "Ese botón ya no funciona (la tarjeta está desactualizada o ha cambiado). Vuelva a ejecutar el comando para obtener una tarjeta nueva.",
  "notice.internalError": "Algo ha fallado por mi parte y no he podido responder. Inténtelo de nuevo; si sigue ocurriendo, facilite este código a su administrador: {code}.",
  "notice.enabled": "Hecho: mostraré datos del socio en este espacio a los administradores de socios que estén aquí.",
  "notice.disabled": "Hecho: ya no mostraré datos del socio en este espacio.",
  "notice.onlyGroupSpaces": "Los espacios directos conmigo están siempre activos; enable y disable son para espacios de grupo.",
  "notice.welcomeDirect": "¡Hola! Respondo preguntas sobre sus clientes de Partner Hub. Escriba help para ver lo que puedo hacer.",
  "notice.welcomeGroup": "¡Hola! Respondo preguntas sobre sus clientes de Partner Hub. Un administrador de socios debe escribir enable antes de que muestre datos del socio aquí. Escriba help para ver lo que puedo hacer.",

  "argument.unexpected": "No esperaba \"{value}\" aquí.",
  "argument.missing": "Falta {name}.",
  "argument.oneOf": "{name} debe ser uno de {allowed}, no \"{value}\".",
  "argument.invalid": "{name}: {problem}",
  "argument.unknownOption": "{name}: no es un filtro de este comando.",
} satisfies Partial<Catalogue>;
