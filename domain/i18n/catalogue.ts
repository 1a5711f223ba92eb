// Every word a user reads comes from here. English is the reference catalogue; other languages
// (the seeds' es, pl, fr, pt, de, with Partner Hub's own wording) fall back to English per key.
// Messages are whole sentences with {named} placeholders: never build a sentence by joining
// pieces, because word order differs between languages.
import { commonMessages } from "./en/common.js";
import { importMessages } from "./en/import.js";
import { seedMessages } from "./en/seed.js";
import { noticeMessages } from "./en/notices.js";
import { customerMessages } from "./en/customers.js";
import { analyticsMessages } from "./en/analytics.js";
import { reportMessages } from "./en/reports.js";
import { alertMessages } from "./en/alerts.js";
import { commandMessages } from "./en/commands.js";
import { languageMessages } from "./en/language.js";
import { callingMessages } from "./en/calling.js";
import { spanish } from "./es/index.js";
import { polish } from "./pl/index.js";
import { french } from "./fr/index.js";
import { portuguese } from "./pt/index.js";
import { german } from "./de/index.js";

export const english = {
  ...commonMessages,
  ...importMessages,
  ...seedMessages,
  ...noticeMessages,
  ...customerMessages,
  ...analyticsMessages,
  ...reportMessages,
  ...alertMessages,
  ...commandMessages,
  ...languageMessages,
  ...callingMessages,
} as const;

export type MessageKey = keyof typeof english;
export type Language = "en" | "es" | "pl" | "fr" | "pt" | "de";
export const LANGUAGES: readonly Language[] = ["en", "es", "pl", "fr", "pt", "de"];
export type MessageParams = Record<string, string | number>;

const catalogues: Record<Language, Partial<Record<MessageKey, string>>> = {
  en: english,
  es: spanish,
  pl: polish,
  fr: french,
  pt: portuguese,
  de: german,
};

/** The message `key` in `language`, its {placeholders} filled from `params`. */
export function translate(language: Language, key: MessageKey, params: MessageParams = {}): string {
  const template = catalogues[language][key] ?? english[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A translator bound to one language: what card builders and handlers receive. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function translatorFor(language: Language): Translate {
  return (key, params) => translate(language, key, params);
}
