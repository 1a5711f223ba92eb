// Helpers the command tests share: reading the card a bot message carries, its texts, its
// buttons, and clicking one through the sandbox the way a Webex client would.
import { expect } from "vitest";
import { cardProblems } from "../../cards/validate.js";
import type { SandboxMessage } from "../../bot/sandbox/index.js";
import type { TestRun } from "../support/local.js";

export const ANA = "ana.silva@partner.example";
export const BEN = "ben.okafor@partner.example";
export const CHEN = "chen.wei@partner.example";
export const DORA = "dora.klein@partner.example";
export const ELI = "eli.novak@partner.example";
export const SAM = "sam.stranger@elsewhere.example";

export type Card = Record<string, unknown>;

export function cardOf(message: SandboxMessage): Card {
  const card = message.attachments?.[0]?.content;
  expect(card, `the bot answered "${message.text}" with a card`).toBeTruthy();
  expect(cardProblems(card)).toEqual([]);
  return card as Card;
}

/** Every text of a card (TextBlocks, facts, action titles), markdown escapes removed. */
export function textsOf(card: unknown): string[] {
  const texts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== "object") return;
    const record = node as Record<string, unknown>;
    for (const key of ["text", "title", "value"]) if (typeof record[key] === "string") texts.push((record[key] as string).replace(/\\(.)/g, "$1"));
    for (const value of Object.values(record)) if (typeof value === "object") walk(value);
  };
  walk(card);
  return texts;
}

/** The data of every Action.Submit of a card (buttons and clickable rows), in order. */
export function submitsOf(card: unknown): Array<{ title?: string; data: Record<string, unknown> }> {
  const found: Array<{ title?: string; data: Record<string, unknown> }> = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== "object") return;
    const record = node as Record<string, unknown>;
    if (record.type === "Action.Submit" && record.data) found.push({ title: record.title as string | undefined, data: record.data as Record<string, unknown> });
    for (const value of Object.values(record)) if (typeof value === "object") walk(value);
  };
  walk(card);
  return found;
}

export function topLevelActions(card: Card): Array<Record<string, unknown>> {
  return (card.actions as Array<Record<string, unknown>> | undefined) ?? [];
}

/** Clicks a button (or row) of `message` as `email` and returns the bot's answer. */
export async function click(run: TestRun, message: SandboxMessage, email: string, data: Record<string, unknown>): Promise<SandboxMessage> {
  const answer = run.sandbox.waitForBotMessage(message.roomId, undefined, 15_000);
  await run.sandbox.submitCard({ messageId: message.id, personEmail: email, inputs: data });
  return answer;
}

/** Everything a person reads in a message: its text and its card's texts. */
export const readable = (message: SandboxMessage): string => [message.text ?? "", ...textsOf(message.attachments?.[0]?.content ?? {})].join("\n");
