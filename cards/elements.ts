// Adaptive Card building blocks (schema 1.3, the newest Webex renders). Builders in this folder
// are pure: a view model and a translator in, card JSON out; no label is written here.
import { clipText } from "../domain/text.js";
import type { ActionData } from "./actions.js";

export type CardElement = Record<string, unknown>;

export interface AdaptiveCard {
  type: "AdaptiveCard";
  $schema: string;
  version: "1.3";
  body: CardElement[];
  actions?: CardElement[];
}

/** What every builder returns: the card and the plain-text fallback that says the same in short. */
export interface CardReply {
  card: AdaptiveCard;
  text: string;
}

export function adaptiveCard(body: CardElement[], actions: CardElement[] = []): AdaptiveCard {
  const card: AdaptiveCard = { type: "AdaptiveCard", $schema: "http://adaptivecards.io/schemas/adaptive-card.json", version: "1.3", body };
  if (actions.length) card.actions = actions;
  return card;
}

/**
 * Card text is markdown, and much of it is data: a customer imported as
 * "[Renew now](https://evil.example/login) **urgent**", a tag, a file name, a word someone typed.
 * Every text element escapes its text here, so no card can forget to. Escaped: what starts
 * emphasis, code, links, images, HTML, autolinks and Webex mentions (`<@personEmail:…>`),
 * entities (`&lt;`), block markup at the start of a line, table pipes in text of several lines,
 * and a scheme's colon and "www." so that no client turns an address into a link by itself.
 * Characters that only look like markup ("Sub-1004", "AT&T", "Order #7") stay as they are, for
 * renderers that show backslashes. Control characters show as what any client would show.
 */
function escapeMarkdown(value: string): string {
  const severalLines = /[\r\n]/.test(value);
  return value
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "\ufffd")
    .replace(/[\\`*_[\]<>~]|&(?=#?\w+;)/g, "\\$&")
    .replace(/\|/g, (pipe) => (severalLines ? "\\|" : pipe))
    .replace(/^([ \t]*)([-+#](?=[ \t]|$)|\d+(?=[.)](?:[ \t]|$))|-{2,}(?=[ \t]*$)|=+(?=[ \t]*$))/gm, (_line, indent: string, marker: string) =>
      `${indent}${/^\d/.test(marker) ? `${marker}\\` : `\\${marker}`}`)
    .replace(/\b([a-z][a-z0-9+.-]*):(?=\/\/)/gi, "$1\\:")
    .replace(/\b(www)\./gi, "$1\\.");
}

/**
 * Markdown a card writes on purpose (a command's syntax as code): made only by the helpers
 * below, from escaped or literal parts, never from a plain string.
 */
export interface Markdown { readonly markdown: string }

/** `value` as a code span: shown literally, whatever it holds. */
export function code(value: string): Markdown {
  const longestRun = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  return { markdown: `${fence}${longestRun ? ` ${value} ` : value}${fence}` };
}

/**
 * One text element shows at most this many characters: no real sentence comes near it, and a
 * name far longer than any real one (an import can bring anything) is cut rather than shown
 * whole. What still outgrows Webex's card limit is caught by fitReply (limits.ts).
 */
export const MAX_TEXT_CHARACTERS = 1_000;
/** Button titles are plain text (no markdown), and short. */
export const MAX_TITLE_CHARACTERS = 80;

export type CardText = string | Markdown;

const markdownOf = (text: CardText): string =>
  (typeof text === "string" ? escapeMarkdown(clipText(text, MAX_TEXT_CHARACTERS)) : text.markdown);

export const textBlock = (text: CardText, options: CardElement = {}): CardElement => ({ type: "TextBlock", text: markdownOf(text), wrap: true, ...options });

export const heading = (text: CardText): CardElement => textBlock(text, { weight: "Bolder", size: "Medium" });

export const subtle = (text: CardText): CardElement => textBlock(text, { isSubtle: true, size: "Small", spacing: "None" });

export const factSet = (facts: ReadonlyArray<readonly [CardText, CardText]>): CardElement => ({
  type: "FactSet",
  facts: facts.map(([title, value]) => ({ title: markdownOf(title), value: markdownOf(value) })),
});

export const columns = (cells: CardElement[], options: CardElement = {}): CardElement => ({ type: "ColumnSet", columns: cells, ...options });

export const column = (items: CardElement[], width: string | number = "stretch", options: CardElement = {}): CardElement => ({
  type: "Column",
  width: typeof width === "number" ? String(width) : width,
  items,
  ...options,
});

export const container = (items: CardElement[], options: CardElement = {}): CardElement => ({ type: "Container", items, ...options });

/** Card buttons carry the action id and its inputs; the router validates them again on return. */
export const submitAction = (title: string, data: ActionData): CardElement => ({
  type: "Action.Submit",
  title: clipText(title, MAX_TITLE_CHARACTERS),
  data,
});

export const openUrlAction = (title: string, url: string): CardElement => ({ type: "Action.OpenUrl", title: clipText(title, MAX_TITLE_CHARACTERS), url });

export const showCardAction = (title: string, body: CardElement[]): CardElement => ({
  type: "Action.ShowCard",
  title: clipText(title, MAX_TITLE_CHARACTERS),
  card: { type: "AdaptiveCard", body },
});

/** A row that is itself a button: clicking it submits `data`. */
export const clickable = (element: CardElement, data: ActionData): CardElement => ({
  ...element,
  selectAction: { type: "Action.Submit", data },
});
