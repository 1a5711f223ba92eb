// What an inbox row means for the router: the envelope carries only ids, so the message, the
// card action (and who clicked) or the space are read from Webex here. Undefined: nothing to do
// (the bot's own message, someone else's membership, a resource we do not route).
import type { Db } from "../../domain/store/client.js";
import type { BotEvent } from "../routing/types.js";
import type { WebhookEnvelope } from "../webex/envelope.js";
import { textWithoutMention } from "../webex/mention.js";
import type { WebexReads } from "../webex/reads.js";

export interface BotIdentity { id: string; email: string; displayName: string }

export async function eventOf(envelope: WebhookEnvelope, reads: WebexReads, bot: BotIdentity, db: Db): Promise<BotEvent | undefined> {
  const data = envelope.data as Record<string, unknown> & { id: string };
  const isBot = (email: unknown) => typeof email === "string" && email.toLowerCase() === bot.email.toLowerCase();
  if (envelope.resource === "messages" && envelope.event === "created") {
    if (isBot(data.personEmail) || data.personId === bot.id) return undefined;
    const message = await reads.message(data.id);
    if (isBot(message.personEmail)) return undefined;
    return {
      kind: "message", id: message.id, roomId: message.roomId, roomType: message.roomType,
      personEmail: message.personEmail, text: textWithoutMention(message, bot), fileUrls: message.files ?? [],
    };
  }
  if (envelope.resource === "attachmentActions" && envelope.event === "created") {
    const action = await reads.attachmentAction(data.id);
    const [person, roomType] = await Promise.all([reads.person(action.personId), roomTypeOf(action.roomId, reads, db)]);
    return {
      kind: "cardAction", id: action.id, roomId: action.roomId, roomType, personEmail: person.emails[0]!,
      messageId: action.messageId, inputs: action.inputs,
    };
  }
  if (envelope.resource === "memberships" && data.personId === bot.id && typeof data.roomId === "string") {
    if (envelope.event === "deleted") return { kind: "botRemoved", roomId: data.roomId };
    if (envelope.event !== "created") return undefined;
    const room = await reads.room(data.roomId);
    return { kind: "botAdded", roomId: room.id, roomType: room.type, title: room.title };
  }
  return undefined;
}

/** A space the bot already knows needs no read. */
async function roomTypeOf(roomId: string, reads: WebexReads, db: Db): Promise<"direct" | "group"> {
  const known = await db.space.findUnique({ where: { id: roomId }, select: { type: true } });
  if (known?.type === "direct" || known?.type === "group") return known.type;
  return (await reads.room(roomId)).type;
}
