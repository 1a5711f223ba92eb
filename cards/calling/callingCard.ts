// The shape the calling and trend cards share: a heading and the week, the numbers first (a fact
// set), then sections (a fact set or clickable rows each), how it is counted on demand, the views
// one click away, and previous / next. The plain-text fallback says the same numbers.
import type { Translate } from "../../domain/i18n/catalogue.js";
import { addDays } from "../../domain/calendar.js";
import {
  adaptiveCard, factSet, heading, showCardAction, submitAction, subtle, textBlock, type CardElement, type CardReply,
} from "../elements.js";
import { formatDate, type CardLocale } from "../format.js";
import { gridHeader, tableRow, type Grid, type TableRow } from "../tablePage.js";
import type { ChartSpec } from "../charts/chartSpec.js";

export type { ActionData } from "../actions.js";
import type { ActionData } from "../actions.js";

export interface CardSection {
  title: string;
  facts?: ReadonlyArray<readonly [string, string]>;
  rows?: readonly TableRow[];
  /** Shown when the section has neither facts nor rows. */
  empty?: string;
  /** Page of the rows, when they are paged. */
  page?: { page: number; pageCount: number };
  /** Column headers of rows with `gridCells`. */
  grid?: Grid;
}

export interface CallingCardView {
  title: string;
  notes: readonly string[];
  kpis: ReadonlyArray<readonly [string, string]>;
  sections: readonly CardSection[];
  definitions: readonly string[];
  /** Buttons to the neighbouring views (shown in the card, under its sections). */
  switches: ReadonlyArray<{ title: string; data: ActionData }>;
  pageAction?: (page: number) => ActionData;
  page?: { page: number; pageCount: number };
  /** Shown instead of everything below the heading when there is nothing to count. */
  empty?: string;
}

/** What a calling command answers: the card, and the pictures posted right after it. */
export interface CardWithPictures extends CardReply { pictures: ChartSpec[] }

/** "Last complete week, Monday … to Sunday … (UTC)". */
export function weekNote(weekStart: Date, t: Translate, locale: CardLocale): string {
  const utc = { ...locale, timeZone: "UTC" };
  return t("calling.week", { from: formatDate(weekStart, utc, t), to: formatDate(addDays(weekStart, 6), utc, t) });
}

function sectionElements(section: CardSection, t: Translate): CardElement[] {
  const elements: CardElement[] = [textBlock(section.title, { weight: "Bolder", spacing: "Medium", separator: true })];
  if (section.facts?.length) elements.push(factSet(section.facts));
  if (section.rows?.length) {
    if (section.page) elements.push(subtle(t(section.rows.some((r) => r.select) ? "common.pageOfClick" : "common.pageOf", section.page)));
    if (section.grid) elements.push(gridHeader(section.grid));
    elements.push(...section.rows.map((row) => tableRow(row, section.grid)));
  }
  if (!section.facts?.length && !section.rows?.length && section.empty) elements.push(textBlock(section.empty, { size: "Small" }));
  return elements;
}

function sectionText(section: CardSection, t: Translate): string[] {
  return [
    section.title,
    ...(section.facts ?? []).map(([label, value]) => t("kpis.row", { label, value })),
    ...(section.rows ?? []).map((r) => t("section.textRow", { customer: r.title, detail: r.detail })),
  ];
}

export function callingCard(view: CallingCardView, t: Translate): CardReply {
  const body: CardElement[] = [heading(view.title), ...view.notes.map(subtle)];
  const actions: CardElement[] = [];
  if (view.empty) body.push(textBlock(view.empty));
  else {
    if (view.kpis.length) body.push(factSet(view.kpis));
    body.push(...view.sections.flatMap((section) => sectionElements(section, t)));
    if (view.definitions.length) actions.push(showCardAction(t("common.definitions"), view.definitions.map((d) => textBlock(d, { size: "Small" }))));
    if (view.pageAction && view.page && view.page.page > 1) actions.push(submitAction(t("paging.previous"), view.pageAction(view.page.page - 1)));
    if (view.pageAction && view.page && view.page.page < view.page.pageCount) actions.push(submitAction(t("paging.next"), view.pageAction(view.page.page + 1)));
  }
  if (view.switches.length) {
    body.push({ type: "ActionSet", spacing: "Medium", actions: view.switches.map((s) => submitAction(s.title, s.data)) });
  }
  const text = [
    view.title,
    ...view.notes,
    ...(view.empty ? [view.empty] : [
      ...view.kpis.map(([label, value]) => t("kpis.row", { label, value })),
      ...view.sections.flatMap((section) => sectionText(section, t)),
    ]),
  ].join("\n");
  return { card: adaptiveCard(body, actions), text };
}
