// An answer that is one sentence (a confirmation, "nothing found"), with optional buttons.
import { adaptiveCard, textBlock, type CardElement, type CardReply } from "./elements.js";

export function sentenceCard(sentence: string, actions: CardElement[] = [], more: string[] = []): CardReply {
  return { card: adaptiveCard([textBlock(sentence), ...more.map((line) => textBlock(line, { size: "Small" }))], actions), text: [sentence, ...more].join("\n") };
}
