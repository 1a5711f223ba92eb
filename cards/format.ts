// How cards write dates, numbers and percentages for the space that reads them: dates in the
// space's time zone and language (Intl), missing values as a word from the catalogue.
import type { Language, Translate } from "../domain/i18n/catalogue.js";
import { REGIONS, ROLES, type Region, type Role } from "../domain/model.js";

/** What a card needs to know about the space it is posted to. */
export interface CardLocale {
  language: Language;
  timeZone: string;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: CardLocale): Intl.DateTimeFormat {
  const key = `${locale.language}|${locale.timeZone}`;
  let format = dateFormats.get(key);
  if (!format) {
    // A space's time zone is a setting someone typed: an unknown zone falls back to UTC
    // rather than failing every card of the space.
    try {
      format = new Intl.DateTimeFormat(locale.language, { dateStyle: "medium", timeZone: locale.timeZone });
    } catch {
      format = new Intl.DateTimeFormat(locale.language, { dateStyle: "medium", timeZone: "UTC" });
    }
    dateFormats.set(key, format);
  }
  return format;
}

export function formatDate(date: Date | null, locale: CardLocale, t: Translate): string {
  if (!date || Number.isNaN(date.getTime())) return t("common.unknown");
  return dateFormat(locale).format(date);
}

/** A date and time of day ("Dec 7, 2026, 08:00"), as every card writes a due time. */
export function formatDateTime(date: Date, locale: CardLocale): string {
  const key = `${locale.language}|${locale.timeZone}|time`;
  let format = dateFormats.get(key);
  if (!format) {
    const options = { dateStyle: "medium", timeStyle: "short", hourCycle: "h23" } as const;
    // As for dates: an unknown zone someone typed falls back to UTC rather than failing the card.
    try {
      format = new Intl.DateTimeFormat(locale.language, { ...options, timeZone: locale.timeZone });
    } catch {
      format = new Intl.DateTimeFormat(locale.language, { ...options, timeZone: "UTC" });
    }
    dateFormats.set(key, format);
  }
  return format.format(date);
}

export function formatNumber(value: number | null, locale: CardLocale, t: Translate): string {
  if (value === null || !Number.isFinite(value)) return t("common.notApplicable");
  return value.toLocaleString(locale.language);
}

export function formatPercent(value: number | null, locale: CardLocale, t: Translate): string {
  if (value === null || !Number.isFinite(value)) return t("common.notApplicable");
  return t("queues.percent", { value: value.toLocaleString(locale.language, { maximumFractionDigits: 1 }) });
}

/** A weekly change with its sign (+3, -2, 0), or n/a without last week's snapshot. */
export function formatChange(value: number | null, locale: CardLocale, t: Translate): string {
  if (value === null) return t("common.notApplicable");
  return value > 0 ? `+${value.toLocaleString(locale.language)}` : value.toLocaleString(locale.language);
}

/**
 * Partner Hub's page of one customer. Assumption (not verifiable from here): Partner Hub at
 * admin.webex.com opens a customer from `/partner/customers?orgId=<org id>`; if that changes,
 * only this function does.
 */
export function partnerHubCustomerUrl(orgId: string): string {
  return `https://admin.webex.com/partner/customers?orgId=${encodeURIComponent(orgId)}`;
}

/** Labels of stored values that could, in a damaged row, be outside the vocabulary. */
export function regionLabel(region: string, t: Translate): string {
  if (region === "all") return t("region.all");
  return (REGIONS as readonly string[]).includes(region) ? t(`region.${region as Region}`) : region;
}

export function roleLabel(role: string, t: Translate): string {
  return (ROLES as readonly string[]).includes(role) ? t(`role.${role as Role}`) : role;
}

const weekFormats = new Map<string, Intl.DateTimeFormat>();

/** A week by its Monday, short ("23 Nov"): weeks are UTC calendar weeks whatever the space's zone. */
export function formatWeek(weekStart: Date, locale: CardLocale): string {
  let format = weekFormats.get(locale.language);
  if (!format) weekFormats.set(locale.language, (format = new Intl.DateTimeFormat(locale.language, { day: "numeric", month: "short", timeZone: "UTC" })));
  return format.format(weekStart);
}

/** A percentage with its sign (+1.9 %, -23.7 %), or n/a. */
export function formatSignedPercent(value: number | null, locale: CardLocale, t: Translate): string {
  if (value === null || !Number.isFinite(value)) return t("common.notApplicable");
  const text = formatPercent(Math.abs(value), locale, t);
  return value > 0 ? `+${text}` : value < 0 ? `-${text}` : text;
}
