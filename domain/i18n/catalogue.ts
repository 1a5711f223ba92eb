// Every word a user reads comes from here. English is the reference catalogue; each other
// language (the seeds' es, pl, fr, pt, de, with Partner Hub's own wording) is a whole catalogue
// checked by the compiler: a missing key, or a translation that drops or misspells one of the
// English message's {placeholders}, fails `tsc`. Messages are whole sentences with {named}
// placeholders: never build a sentence by joining pieces, because word order differs between
// languages. What only the operator reads (the CLIs) is in operator.ts, outside these keys.
import { commonMessages } from "./en/common.js";
import { importMessages } from "./en/import.js";
import { importRunMessages } from "./en/importRun.js";
import { noticeMessages } from "./en/notices.js";
import { customerMessages } from "./en/customers.js";
import { analyticsMessages } from "./en/analytics.js";
import { reportMessages } from "./en/reports.js";
import { alertMessages } from "./en/alerts.js";
import { commandMessages } from "./en/commands.js";
import { languageMessages } from "./en/language.js";
import { callingMessages } from "./en/calling.js";
import { argumentMessages } from "./en/arguments.js";
import { listMessages } from "./en/lists.js";
import { attentionMessages } from "./en/attention.js";
import { spanish } from "./es/index.js";
import { polish } from "./pl/index.js";
import { french } from "./fr/index.js";
import { portuguese } from "./pt/index.js";
import { german } from "./de/index.js";
import { fill, type MessageParams } from "./fill.js";
import type { Catalogue, UserKey } from "./types.js";

export const english = {
  ...commonMessages,
  ...importMessages,
  ...importRunMessages,
  ...noticeMessages,
  ...customerMessages,
  ...analyticsMessages,
  ...reportMessages,
  ...alertMessages,
  ...commandMessages,
  ...languageMessages,
  ...callingMessages,
  ...argumentMessages,
  ...listMessages,
  ...attentionMessages,
} as const;

export type { Catalogue, UserKey, MessageKey } from "./types.js";
export type { MessageParams } from "./fill.js";
export type Language = "en" | "es" | "pl" | "fr" | "pt" | "de";
export const LANGUAGES: readonly Language[] = ["en", "es", "pl", "fr", "pt", "de"];

const catalogues: Record<Language, Catalogue> = {
  en: english,
  es: spanish,
  pl: polish,
  fr: french,
  pt: portuguese,
  de: german,
};

/** The message `key` in `language`, its {placeholders} filled from `params`. */
export function translate(language: Language, key: UserKey, params: MessageParams = {}): string {
  return fill(catalogues[language][key], params);
}

/** A translator bound to one language: what card builders and handlers receive. */
export type Translate = (key: UserKey, params?: MessageParams) => string;

export function translatorFor(language: Language): Translate {
  return (key, params) => translate(language, key, params);
}

/** Whether `text` is a user-facing message key (zod issues carry one as their message). */
export function isUserKey(text: string): text is UserKey {
  return Object.hasOwn(english, text);
}
