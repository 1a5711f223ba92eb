// French: the `language` command.
import type { Catalogue } from "../types.js";

export const frLanguage = {
  "help.summary.language": "Affiche ou définit la langue des réponses de cet espace : en (anglais), es (espagnol), pl (polonais), fr (français), pt (portugais) ou de (allemand).",
  "languageCmd.current": "Les réponses de cet espace sont en {language}. Écrivez language suivi de en, es, pl, fr, pt ou de pour la changer.",
  "languageCmd.set": "C'est fait : les réponses de cet espace sont désormais en {language}.",
  "language.name.en": "anglais (English)",
  "language.name.es": "espagnol (español)",
  "language.name.pl": "polonais (polski)",
  "language.name.fr": "français",
  "language.name.pt": "portugais (português)",
  "language.name.de": "allemand (Deutsch)",
} satisfies Partial<Catalogue>;
