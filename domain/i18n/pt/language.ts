// Portuguese: the `language` command.
import type { Catalogue } from "../types.js";

export const ptLanguage = {
  "help.summary.language": "Mostra ou define o idioma das respostas deste espaço: en (inglês), es (espanhol), pl (polonês), fr (francês), pt (português) ou de (alemão).",
  "languageCmd.current": "As respostas deste espaço estão em {language}. Digite language seguido de en, es, pl, fr, pt ou de para alterar.",
  "languageCmd.set": "Pronto: as respostas deste espaço agora estão em {language}.",
  "language.name.en": "inglês (English)",
  "language.name.es": "espanhol (español)",
  "language.name.pl": "polonês (polski)",
  "language.name.fr": "francês (français)",
  "language.name.pt": "português",
  "language.name.de": "alemão (Deutsch)",
} satisfies Partial<Catalogue>;
