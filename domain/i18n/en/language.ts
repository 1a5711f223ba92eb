// The `language` command: which of the seeds' languages this space's answers use.
export const languageMessages = {
  "help.summary.language": "Shows or sets the language of this space's answers: en (English), es (Spanish), pl (Polish), fr (French), pt (Portuguese) or de (German).",
  "languageCmd.current": "This space's answers are in {language}. Say language followed by en, es, pl, fr, pt or de to change it.",
  "languageCmd.set": "Done: this space's answers are now in {language}.",
  "language.name.en": "English",
  "language.name.es": "Spanish (español)",
  "language.name.pl": "Polish (polski)",
  "language.name.fr": "French (français)",
  "language.name.pt": "Portuguese (português)",
  "language.name.de": "German (Deutsch)",
} as const;
