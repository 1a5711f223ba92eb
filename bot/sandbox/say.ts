// A person's side of a conversation, used by the test API and the page: post a message (with an
// optional file, optionally mentioning the bot) and submit a card.
import type { SandboxContext } from "./context.js";
import { messageInput } from "./message-input.js";
import { postMessage, submitAction, type Made } from "./operations.js";
import type { AttachmentActionRecord, SandboxMessage, StoredFile } from "./types.js";

export interface SayInput {
  roomId: string;
  personEmail: string;
  text?: string;
  markdown?: string;
  file?: StoredFile;
  /** Prefix a mention of the bot: in a group space Webex tells a bot only of messages that mention it. */
  mentionBot?: boolean;
}

export async function sayAs(ctx: SandboxContext, input: SayInput): Promise<Made<SandboxMessage>> {
  const person = ctx.state.requirePerson(input.personEmail);
  let { text, markdown } = input;
  if (input.mentionBot) {
    const tag = `<@personId:${ctx.bot.id}|${ctx.bot.displayName}>`;
    markdown = `${tag} ${markdown ?? text ?? ""}`.trimEnd();
    text = `${ctx.bot.displayName} ${text ?? ""}`.trimEnd();
  }
  const body = { roomId: input.roomId, ...(text !== undefined && { text }), ...(markdown !== undefined && { markdown }) };
  return postMessage(ctx, person, messageInput(body, input.file));
}

export function submitAs(ctx: SandboxContext, input: { messageId: string; personEmail: string; inputs: Record<string, unknown> }): Made<AttachmentActionRecord> {
  return submitAction(ctx, ctx.state.requirePerson(input.personEmail), input.messageId, input.inputs);
}
