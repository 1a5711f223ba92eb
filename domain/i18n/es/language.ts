// Spanish: the `language` command.
import type { Catalogue } from "../types.js";

export const esLanguage = {
  "help.summary.language": "Muestra o cambia el idioma de las respuestas de este espacio: en (inglés), es (español), pl (polaco), fr (francés), pt (portugués) o de (alemán).",
  "languageCmd.current": "Las respuestas de este espacio están en {language}. Escriba language seguido de en, es, pl, fr, pt o de para cambiarlo.",
  "languageCmd.set": "Hecho: las respuestas de este espacio están ahora en {language}.",
  "language.name.en": "inglés (English)",
  "language.name.es": "español",
  "language.name.pl": "polaco (polski)",
  "language.name.fr": "francés (français)",
  "language.name.pt": "portugués (português)",
  "language.name.de": "alemán (Deutsch)",
} satisfies Partial<Catalogue>;
