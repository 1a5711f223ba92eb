// The Webex REST payloads, built from the sandbox's records (field names as developer.webex.com
// documents them).
import type { MembershipRecord, PersonRecord, RoomRecord, SandboxMessage, WebhookRecord } from "./types.js";

export function presentPerson(person: PersonRecord): Record<string, unknown> {
  const [firstName = person.displayName, ...rest] = person.displayName.split(" ");
  return {
    id: person.id, emails: [person.email], phoneNumbers: [], displayName: person.displayName,
    nickName: firstName, firstName, lastName: rest.join(" "), orgId: person.orgId,
    created: person.created, lastModified: person.created, status: "active", type: person.type,
  };
}

export function presentRoom(room: RoomRecord, orgId: string): Record<string, unknown> {
  return {
    id: room.id, title: room.title, type: room.type, isLocked: false, lastActivity: room.lastActivity,
    creatorId: room.creatorId, created: room.created, ownerId: orgId, isPublic: false, isReadOnly: false,
  };
}

export function presentMembership(membership: MembershipRecord, roomType: string): Record<string, unknown> {
  return {
    id: membership.id, roomId: membership.roomId, personId: membership.personId,
    personEmail: membership.personEmail, personDisplayName: membership.personDisplayName,
    personOrgId: membership.personOrgId, isModerator: membership.isModerator,
    isMonitor: membership.isMonitor, isRoomHidden: false, roomType, created: membership.created,
  };
}

export function presentWebhook(webhook: WebhookRecord): Record<string, unknown> {
  return { ...webhook };
}

/** A copy of the message in the Webex shape (a later edit of the record does not show through). */
export function presentMessage(message: SandboxMessage): SandboxMessage {
  return structuredClone(message);
}

/** What a `messages` webhook carries in `data`: no text, as on Webex (the receiver fetches it). */
export function messageEventData(message: SandboxMessage): Record<string, unknown> {
  const data: Record<string, unknown> = {
    id: message.id, roomId: message.roomId, roomType: message.roomType, personId: message.personId,
    personEmail: message.personEmail, created: message.created,
  };
  if (message.mentionedPeople?.length) data.mentionedPeople = message.mentionedPeople;
  if (message.files?.length) data.files = message.files;
  if (message.parentId) data.parentId = message.parentId;
  return data;
}
