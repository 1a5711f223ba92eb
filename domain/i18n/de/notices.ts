// German: help, refusals, mistakes and errors. Command words stay in English.
import type { Catalogue } from "../types.js";

export const deNotices = {
  "help.title": "Was ich kann",
  "help.intro": "Schreiben Sie einen Befehl in diesen Bereich (in einem Gruppenbereich erwähnen Sie mich zuerst). Klicken Sie in einer Liste auf eine Zeile, um Details anzuzeigen.",
  "help.commandTitle": "Befehl: {command}",
  "help.aliases": "Auch: {aliases}",
  "help.summary.help": "Listet die Befehle auf oder erklärt einen: help customers.",
  "help.summary.enable": "Erlaubt mir, in diesem Gruppenbereich Partnerdaten anzuzeigen.",
  "help.summary.disable": "Beendet die Anzeige von Partnerdaten in diesem Gruppenbereich.",
  "help.summary.imports": "Zeigt die letzten Berichtsimporte und Synchronisierungen: wann, wer und was sie geändert haben.",

  "notice.unknownCommand": "Den Befehl „{typed}“ kenne ich nicht. Schreiben Sie help, um zu sehen, was ich kann.",
  "notice.unknownCommandSuggest": "Den Befehl „{typed}“ kenne ich nicht. Meinten Sie {suggestion}? Schreiben Sie help, um alles zu sehen, was ich kann.",
  "notice.showHelp": "Alle Befehle anzeigen",
  "notice.runSuggestion": "{suggestion} erklären",
  "notice.badArguments": "Ich konnte den Befehl {command} nicht lesen.",
  "notice.usage": "Verwendung: {usage}",
  "notice.example": "Beispiel: {example}",
  "notice.stranger": "Entschuldigung, ich antworte nur den Partneradministratoren dieses Partners. Bitten Sie einen Partner-Volladministrator, {email} zur Liste des Bots hinzuzufügen.",
  "notice.notAllowed": "Ihre Rolle ({role}) darf das nicht. Wenden Sie sich an einen Partner-Volladministrator oder einen Partner-Administrator.",
  "notice.spaceNotEnabled": "In diesem Bereich zeige ich noch keine Partnerdaten an. Ein Partner-Administrator kann das mit enable einschalten.",
  "notice.staleAction": "Diese Schaltfläche funktioniert nicht mehr (die Karte ist veraltet oder wurde geändert). Führen Sie den Befehl erneut aus, um eine neue Karte zu erhalten.",
  "notice.internalError": "Bei mir ist etwas schiefgegangen, und ich konnte nicht antworten. Bitte versuchen Sie es erneut; wenn es weiterhin passiert, geben Sie Ihrem Administrator diesen Code: {code}.",
  "notice.enabled": "Erledigt: Ich zeige den Partneradministratoren in diesem Bereich Partnerdaten an.",
  "notice.disabled": "Erledigt: Ich zeige in diesem Bereich keine Partnerdaten mehr an.",
  "notice.onlyGroupSpaces": "Direkte Bereiche mit mir sind immer eingeschaltet; enable und disable gelten für Gruppenbereiche.",
  "notice.welcomeDirect": "Hallo! Ich beantworte Fragen zu Ihren Partner Hub-Kunden. Schreiben Sie help, um zu sehen, was ich kann.",
  "notice.welcomeGroup": "Hallo! Ich beantworte Fragen zu Ihren Partner Hub-Kunden. Ein Partner-Administrator muss enable schreiben, bevor ich hier Partnerdaten anzeige. Schreiben Sie help, um zu sehen, was ich kann.",

  "argument.unexpected": "„{value}“ habe ich hier nicht erwartet.",
  "argument.missing": "{name} fehlt.",
  "argument.oneOf": "{name} muss einer dieser Werte sein: {allowed}, nicht „{value}“.",
  "argument.invalid": "{name}: {problem}",
  "argument.unknownOption": "{name}: ist kein Filter dieses Befehls.",
} satisfies Partial<Catalogue>;
