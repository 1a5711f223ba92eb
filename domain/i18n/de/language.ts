// German: the `language` command.
import type { Catalogue } from "../types.js";

export const deLanguage = {
  "help.summary.language": "Zeigt oder ändert die Sprache der Antworten in diesem Bereich: en (Englisch), es (Spanisch), pl (Polnisch), fr (Französisch), pt (Portugiesisch) oder de (Deutsch).",
  "languageCmd.current": "Die Antworten in diesem Bereich sind auf {language}. Schreiben Sie language gefolgt von en, es, pl, fr, pt oder de, um das zu ändern.",
  "languageCmd.set": "Erledigt: Die Antworten in diesem Bereich sind jetzt auf {language}.",
  "language.name.en": "Englisch (English)",
  "language.name.es": "Spanisch (español)",
  "language.name.pl": "Polnisch (polski)",
  "language.name.fr": "Französisch (français)",
  "language.name.pt": "Portugiesisch (português)",
  "language.name.de": "Deutsch",
} satisfies Partial<Catalogue>;
