// What Webex accepts in one message, and the one place every answer is made to fit it: a
// message's text at most 7,439 bytes (Webex answers 400 otherwise), a card well under 28 KB.
// A card that data made too large is dropped for its text, with a sentence saying so, rather
// than the whole answer being refused.
import type { Translate } from "../domain/i18n/catalogue.js";
import { clipBytes } from "../domain/text.js";

export const MAX_MESSAGE_BYTES = 7_439;
/** Webex refuses cards above about this size; paging keeps ours far under it. */
export const MAX_CARD_BYTES = 28 * 1024;

export function fitReply<Reply extends { text: string; card?: object }>(reply: Reply, t: Translate): Reply {
  if (reply.card && Buffer.byteLength(JSON.stringify(reply.card)) > MAX_CARD_BYTES) {
    const { card: _tooLarge, ...rest } = reply;
    return { ...rest, text: clipBytes(`${t("notice.cardTooLarge")}\n${reply.text}`, MAX_MESSAGE_BYTES) } as Reply;
  }
  return Buffer.byteLength(reply.text) > MAX_MESSAGE_BYTES ? { ...reply, text: clipBytes(reply.text, MAX_MESSAGE_BYTES) } : reply;
}
