// Every word a user reads comes from here. English is the reference catalogue; other languages
// (the seeds' es, pl, fr, pt, de, with Partner Hub's own wording) fall back to English per key.
// Messages are whole sentences with {named} placeholders: never build a sentence by joining
// pieces, because word order differs between languages.
import { commonMessages } from "./en/common.js";

export const english = {
  ...commonMessages,
} as const;

export type MessageKey = keyof typeof english;
export type Language = "en" | "es" | "pl" | "fr" | "pt" | "de";
export const LANGUAGES: readonly Language[] = ["en", "es", "pl", "fr", "pt", "de"];
export type MessageParams = Record<string, string | number>;

const catalogues: Record<Language, Partial<Record<MessageKey, string>>> = {
  en: english,
  es: {},
  pl: {},
  fr: {},
  pt: {},
  de: {},
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
