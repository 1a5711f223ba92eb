// Adaptive Card building blocks (schema 1.3, the newest Webex renders). Builders in this folder
// are pure: a view model and a translator in, card JSON out; no label is written here.

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
 * Card text is markdown: a customer called "*Acme*" must not turn bold. Only the characters
 * that start emphasis, code or links are escaped — escaping hyphens and dots too would show
 * backslashes in ids like Sub-1004 wherever a renderer keeps them.
 */
export function escapeMarkdown(value: string): string {
  return value.replace(/([\\`*_[\]])/g, "\\$1");
}

export const heading = (text: string): CardElement => ({ type: "TextBlock", text, weight: "Bolder", size: "Medium", wrap: true });

export const textBlock = (text: string, options: CardElement = {}): CardElement => ({ type: "TextBlock", text, wrap: true, ...options });

export const subtle = (text: string): CardElement => textBlock(text, { isSubtle: true, size: "Small", spacing: "None" });

export const factSet = (facts: ReadonlyArray<readonly [string, string]>): CardElement => ({
  type: "FactSet",
  facts: facts.map(([title, value]) => ({ title, value })),
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
export const submitAction = (title: string, data: { action: string } & Record<string, unknown>): CardElement => ({
  type: "Action.Submit",
  title,
  data,
});

export const openUrlAction = (title: string, url: string): CardElement => ({ type: "Action.OpenUrl", title, url });

export const showCardAction = (title: string, body: CardElement[]): CardElement => ({
  type: "Action.ShowCard",
  title,
  card: { type: "AdaptiveCard", body },
});

/** A row that is itself a button: clicking it submits `data`. */
export const clickable = (element: CardElement, data: { action: string } & Record<string, unknown>): CardElement => ({
  ...element,
  selectAction: { type: "Action.Submit", data },
});
