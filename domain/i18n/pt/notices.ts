// Portuguese: help, refusals, mistakes and errors. Command words stay in English.
import type { Catalogue } from "../types.js";

export const ptNotices = {
  "help.title": "O que eu posso fazer",
  "help.intro": "Escreva um comando neste espaço (em um espaço de grupo, mencione-me primeiro). Clique em uma linha de qualquer lista para ver os detalhes.",
  "help.commandTitle": "Comando: {command}",
  "help.aliases": "Também: {aliases}",
  "help.summary.help": "Lista os comandos ou explica um deles: help customers.",
  "help.summary.enable": "Permite que eu mostre dados do parceiro neste espaço de grupo.",
  "help.summary.disable": "Faz com que eu pare de mostrar dados do parceiro neste espaço de grupo.",
  "help.summary.imports": "Mostra as últimas importações de relatórios e sincronizações: quando, quem e o que mudaram.",

  "notice.unknownCommand": "Não conheço o comando \"{typed}\". Digite help para ver o que posso fazer.",
  "notice.unknownCommandSuggest": "Não conheço o comando \"{typed}\". Você quis dizer {suggestion}? Digite help para ver tudo o que posso fazer.",
  "notice.showHelp": "Mostrar todos os comandos",
  "notice.runSuggestion": "Explicar {suggestion}",
  "notice.badArguments": "Não consegui ler o comando {command}.",
  "notice.usage": "Uso: {usage}",
  "notice.example": "Exemplo: {example}",
  "notice.stranger": "Desculpe, só respondo aos administradores de parceiros deste parceiro. Peça a um administrador completo de parceiros para adicionar {email} à lista do bot.",
  "notice.notAllowed": "Sua função ({role}) não permite fazer isso. Peça a um administrador completo de parceiros ou a um administrador de parceiros.",
  "notice.spaceNotEnabled": "Ainda não mostro dados do parceiro neste espaço. Um administrador de parceiros pode ativá-lo escrevendo enable.",
  "notice.staleAction": "Esse botão não funciona mais (o cartão está desatualizado ou foi alterado). Execute o comando novamente para obter um cartão novo.",
  "notice.internalError": "Algo deu errado do meu lado e não consegui responder. Tente novamente; se continuar acontecendo, informe este código ao seu administrador: {code}.",
  "notice.enabled": "Pronto: vou mostrar dados do parceiro neste espaço aos administradores de parceiros presentes.",
  "notice.disabled": "Pronto: não vou mais mostrar dados do parceiro neste espaço.",
  "notice.onlyGroupSpaces": "Os espaços diretos comigo estão sempre ativos; enable e disable são para espaços de grupo.",
  "notice.welcomeDirect": "Olá! Respondo a perguntas sobre seus clientes do Partner Hub. Digite help para ver o que posso fazer.",
  "notice.welcomeGroup": "Olá! Respondo a perguntas sobre seus clientes do Partner Hub. Um administrador de parceiros precisa escrever enable antes que eu mostre dados do parceiro aqui. Digite help para ver o que posso fazer.",

  "argument.unexpected": "Eu não esperava \"{value}\" aqui.",
  "argument.missing": "Falta {name}.",
  "argument.oneOf": "{name} deve ser um destes valores: {allowed}, não \"{value}\".",
  "argument.invalid": "{name}: {problem}",
  "argument.unknownOption": "{name}: não é um filtro deste comando.",
} satisfies Partial<Catalogue>;
