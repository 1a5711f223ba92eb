// Polish: the `language` command.
import type { Catalogue } from "../types.js";

export const plLanguage = {
  "help.summary.language": "Wyświetla lub ustawia język odpowiedzi w tym obszarze: en (angielski), es (hiszpański), pl (polski), fr (francuski), pt (portugalski) lub de (niemiecki).",
  "languageCmd.current": "Język odpowiedzi w tym obszarze: {language}. Aby go zmienić, napisz language, a po nim en, es, pl, fr, pt lub de.",
  "languageCmd.set": "Gotowe: język odpowiedzi w tym obszarze to teraz {language}.",
  "language.name.en": "angielski (English)",
  "language.name.es": "hiszpański (español)",
  "language.name.pl": "polski",
  "language.name.fr": "francuski (français)",
  "language.name.pt": "portugalski (português)",
  "language.name.de": "niemiecki (Deutsch)",
} satisfies Partial<Catalogue>;
