// A card is valid for us when the adaptivecards object model parses it at schema 1.3 (the
// newest Webex renders) with zero events: an unknown element, action or property is an event.
import { createRequire } from "node:module";
import { MAX_CARD_BYTES } from "./limits.js";

// `require('adaptivecards')` fails in Node (its lib/ ESM build has extension-less imports);
// the UMD bundle in dist/ loads fine and needs no DOM to parse.
const AC = createRequire(import.meta.url)("adaptivecards/dist/adaptivecards.js") as {
  SerializationContext: new (version: unknown) => { eventCount: number; getEventAt(i: number): { message: string } };
  Versions: { v1_3: unknown };
  AdaptiveCard: new () => { parse(json: unknown, context: unknown): void };
};


/** The parse problems of `card` (empty when the card is valid for Webex). */
export function cardProblems(card: unknown): string[] {
  const context = new AC.SerializationContext(AC.Versions.v1_3);
  new AC.AdaptiveCard().parse(card, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) problems.push(context.getEventAt(i).message);
  const version = (card as { version?: unknown } | null)?.version;
  if (typeof version !== "string" || !/^1\.[0-3]$/.test(version)) {
    problems.push(`version must be 1.0 to 1.3, not ${String(version)}`);
  }
  const bytes = Buffer.byteLength(JSON.stringify(card));
  if (bytes > MAX_CARD_BYTES) problems.push(`card is ${bytes} bytes, over ${MAX_CARD_BYTES}`);
  return problems;
}
