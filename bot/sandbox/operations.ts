// The sandbox's writes, shared by the REST routes (the bot's calls), the page and the test API
// (people's actions). Each returns what it made and the delivery of its webhook event.
import type { SandboxContext } from "./context.js";
import { WebexHttpError } from "./errors.js";
import { webexId } from "./ids.js";
import { mentionedPeople, messageHtml, plainText } from "./markdown.js";
import { editInput, type MessageInput } from "./message-input.js";
import { messageEventData, presentMembership } from "./present.js";
import type { AttachmentActionRecord, PersonRecord, RoomRecord, SandboxMessage, StoredFile } from "./types.js";

export interface Made<T> { value: T; delivery: Promise<void> }

export async function postMessage(ctx: SandboxContext, author: PersonRecord, input: MessageInput): Promise<Made<SandboxMessage>> {
  const room = destinationRoom(ctx, author, input.destination);
  if (input.parentId) {
    const parent = ctx.state.messages.get(input.parentId);
    if (!parent || parent.roomId !== room.id) throw new WebexHttpError(404, "Could not find the parent message in this room.");
  }
  const file = input.file ?? (input.fileUrl ? await downloadFile(input.fileUrl) : undefined);
  const contentId = webexId("CONTENT");
  const mentions = input.markdown ? mentionedPeople(ctx.state, input.markdown) : [];
  const text = input.text ?? (input.markdown !== undefined ? plainText(input.markdown) : undefined);
  const message: SandboxMessage = {
    id: webexId("MESSAGE"), roomId: room.id, roomType: room.type,
    ...(text !== undefined && { text }),
    ...(input.markdown !== undefined && { markdown: input.markdown, html: messageHtml(ctx.state, input.markdown) }),
    ...(file && { files: [`${ctx.baseUrl()}/v1/contents/${contentId}`] }),
    ...(input.attachments && { attachments: input.attachments }),
    personId: author.id, personEmail: author.email, created: ctx.state.now(),
    ...(input.parentId && { parentId: input.parentId }),
    ...(mentions.length > 0 && { mentionedPeople: mentions }),
  };
  ctx.state.addMessage(message, file && { ...file, id: contentId });
  const delivery = ctx.deliver({
    resource: "messages", event: "created", actorId: author.id, roomId: room.id, roomType: room.type,
    data: messageEventData(message), mentionedPeople: mentions,
  });
  return { value: message, delivery };
}

export function deleteMessage(ctx: SandboxContext, person: PersonRecord, messageId: string): Made<void> {
  const message = ctx.state.messages.get(messageId);
  if (!message || !ctx.state.isMember(message.roomId, person.id)) throw new WebexHttpError(404, "Could not find a message with the provided ID.");
  if (message.personId !== person.id) throw new WebexHttpError(403, "You can only delete your own messages.");
  ctx.state.deleteMessage(message);
  const delivery = ctx.deliver({
    resource: "messages", event: "deleted", actorId: person.id, roomId: message.roomId,
    roomType: message.roomType, data: messageEventData(message),
  });
  return { value: undefined, delivery };
}

/** Webex lets the sender edit a message's text or markdown, at most this many times. */
export const MAX_EDITS = 10;

export function editMessage(ctx: SandboxContext, person: PersonRecord, messageId: string, body: unknown): SandboxMessage {
  const input = editInput(body);
  const message = ctx.state.messages.get(messageId);
  if (!message || !ctx.state.isMember(message.roomId, person.id)) throw new WebexHttpError(404, "Could not find a message with the provided ID.");
  if (message.personId !== person.id) throw new WebexHttpError(403, "You can only edit your own messages.");
  if (input.roomId !== message.roomId) throw new WebexHttpError(400, "The roomId does not match the room of the message.");
  if (message.attachments?.length || message.files?.length) throw new WebexHttpError(400, "Only the text of a message without attachments can be edited.");
  if (ctx.state.edits.filter((e) => e.messageId === messageId).length >= MAX_EDITS) throw new WebexHttpError(400, `A message can be edited at most ${MAX_EDITS} times.`);
  const text = input.text ?? (input.markdown !== undefined ? plainText(input.markdown) : undefined);
  return ctx.state.editMessage(message, {
    text, ...(input.markdown !== undefined && { markdown: input.markdown, html: messageHtml(ctx.state, input.markdown) }),
  });
}

export function submitAction(ctx: SandboxContext, person: PersonRecord, messageId: string, inputs: Record<string, unknown>): Made<AttachmentActionRecord> {
  const message = ctx.state.messages.get(messageId);
  if (!message || !ctx.state.isMember(message.roomId, person.id)) throw new WebexHttpError(404, "Could not find a message with the provided ID.");
  if (!message.attachments?.length) throw new WebexHttpError(400, "The message has no card to submit.");
  const action: AttachmentActionRecord = {
    id: webexId("ATTACHMENT_ACTION"), type: "submit", messageId, inputs, personId: person.id,
    roomId: message.roomId, created: ctx.state.now(),
  };
  ctx.state.actions.set(action.id, action);
  const delivery = ctx.deliver({
    resource: "attachmentActions", event: "created", actorId: person.id, roomId: message.roomId,
    roomType: message.roomType,
    data: { id: action.id, type: action.type, messageId, personId: person.id, roomId: message.roomId, created: action.created },
  });
  return { value: action, delivery };
}

/** Adds `person` to `room` as `actor` did, with the memberships `created` event. */
export function addMember(ctx: SandboxContext, room: RoomRecord, person: PersonRecord, actor: PersonRecord): Made<void> {
  const membership = ctx.state.addMembership(room, person);
  const delivery = ctx.deliver({
    resource: "memberships", event: "created", actorId: actor.id, roomId: room.id, roomType: room.type,
    data: presentMembership(membership, room.type),
  });
  return { value: undefined, delivery };
}

/** Removes `person` from `room` as `actor` did, with the memberships `deleted` event. */
export function removeMember(ctx: SandboxContext, room: RoomRecord, person: PersonRecord, actor: PersonRecord): Made<void> {
  const membership = ctx.state.membershipOf(room.id, person.id);
  if (!membership) throw new WebexHttpError(404, "Could not find a membership with the provided ID.");
  ctx.state.memberships.delete(membership.id);
  const delivery = ctx.deliver({
    resource: "memberships", event: "deleted", actorId: actor.id, roomId: room.id, roomType: room.type,
    data: presentMembership(membership, room.type),
  });
  return { value: undefined, delivery };
}

/** The 1:1 space of `a` and `b`, created (with both as members) the first time. */
export function directRoom(ctx: SandboxContext, a: PersonRecord, b: PersonRecord): RoomRecord {
  const existing = ctx.state.directRoomOf(a.id, b.id);
  if (existing) return existing;
  const room = ctx.state.addRoom(a.type === "bot" ? b.displayName : a.displayName, "direct", a);
  ctx.state.addMembership(room, a);
  ctx.state.addMembership(room, b);
  return room;
}

function destinationRoom(ctx: SandboxContext, author: PersonRecord, destination: MessageInput["destination"]): RoomRecord {
  if ("roomId" in destination) {
    const room = ctx.state.rooms.get(destination.roomId);
    if (!room || !ctx.state.isMember(room.id, author.id)) throw new WebexHttpError(404, "Could not find a room with provided ID.");
    return room;
  }
  const other = "toPersonId" in destination
    ? ctx.state.people.get(destination.toPersonId)
    : ctx.state.personByEmail(destination.toPersonEmail);
  if (!other) throw new WebexHttpError(404, "Could not find the person to send the message to.");
  if (other.id === author.id) throw new WebexHttpError(400, "You cannot send a 1:1 message to yourself.");
  return directRoom(ctx, author, other);
}

async function downloadFile(url: string): Promise<StoredFile> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
    if (!response.ok) throw new Error(String(response.status));
    const name = decodeURIComponent(new URL(url).pathname.split("/").pop() || "file");
    return { name, contentType: response.headers.get("content-type") ?? "application/octet-stream", content: Buffer.from(await response.arrayBuffer()) };
  } catch {
    throw new WebexHttpError(400, `The file at ${url} could not be downloaded.`);
  }
}
