// Polish: help, refusals, mistakes and errors. Command words stay in English.
import type { Catalogue } from "../types.js";

export const plNotices = {
  "help.title": "Co potrafię",
  "help.intro": "Napisz polecenie w tym obszarze (w obszarze grupowym najpierw mnie wspomnij). Kliknij wiersz dowolnej listy, aby wyświetlić szczegóły.",
  "help.commandTitle": "Polecenie: {command}",
  "help.aliases": "Także: {aliases}",
  "help.summary.help": "Wyświetla listę poleceń lub objaśnia jedno z nich: help customers.",
  "help.summary.enable": "Pozwala mi wyświetlać dane partnera w tym obszarze grupowym.",
  "help.summary.disable": "Wyłącza wyświetlanie danych partnera w tym obszarze grupowym.",
  "help.summary.imports": "Wyświetla ostatnie importy raportów i synchronizacje: kiedy, kto i co zmieniły.",

  "notice.unknownCommand": "Nie znam polecenia „{typed}”. Napisz help, aby zobaczyć, co potrafię.",
  "notice.unknownCommandSuggest": "Nie znam polecenia „{typed}”. Czy chodziło o {suggestion}? Napisz help, aby zobaczyć wszystko, co potrafię.",
  "notice.showHelp": "Pokaż wszystkie polecenia",
  "notice.runSuggestion": "Objaśnij {suggestion}",
  "notice.badArguments": "Nie udało mi się odczytać polecenia {command}.",
  "notice.usage": "Składnia: {usage}",
  "notice.example": "Przykład: {example}",
  "notice.stranger": "Przepraszam, odpowiadam tylko administratorom partnera tego partnera. Poproś pełnoprawnego administratora partnera o dodanie {email} do listy bota.",
  "notice.notAllowed": "Twoja rola ({role}) nie pozwala na to. Zwróć się do pełnoprawnego administratora partnera lub administratora partnera.",
  "notice.spaceNotEnabled": "W tym obszarze nie wyświetlam jeszcze danych partnera. Administrator partnera może to włączyć, pisząc enable.",
  "notice.staleAction": "Ten przycisk już nie działa (karta jest nieaktualna lub została zmieniona). Uruchom polecenie ponownie, aby otrzymać nową kartę.",
  "notice.internalError": "Coś poszło nie tak po mojej stronie i nie mogłem odpowiedzieć. Spróbuj ponownie; jeśli problem się powtarza, przekaż administratorowi ten kod: {code}.",
  "notice.enabled": "Gotowe: będę wyświetlać dane partnera w tym obszarze administratorom partnera, którzy tu są.",
  "notice.disabled": "Gotowe: nie będę już wyświetlać danych partnera w tym obszarze.",
  "notice.onlyGroupSpaces": "Obszary bezpośrednie ze mną są zawsze włączone; enable i disable dotyczą obszarów grupowych.",
  "notice.welcomeDirect": "Dzień dobry! Odpowiadam na pytania o Twoich klientów w Partner Hub. Napisz help, aby zobaczyć, co potrafię.",
  "notice.welcomeGroup": "Dzień dobry! Odpowiadam na pytania o Twoich klientów w Partner Hub. Zanim pokażę tu dane partnera, administrator partnera musi napisać enable. Napisz help, aby zobaczyć, co potrafię.",

  "argument.unexpected": "Nie spodziewałem się tutaj „{value}”.",
  "argument.missing": "Brakuje {name}.",
  "argument.oneOf": "{name} musi mieć jedną z wartości {allowed}, a nie „{value}”.",
  "argument.invalid": "{name}: {problem}",
  "argument.unknownOption": "{name}: nie jest filtrem tego polecenia.",
} satisfies Partial<Catalogue>;
