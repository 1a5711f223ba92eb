// The sandbox's world: people, spaces, memberships, messages, files, webhooks and card actions,
// held in memory for the life of one sandbox. Every change is announced on `changes` so that the
// page can follow a space live.
import { EventEmitter } from "node:events";
import { FaultList } from "./faults.js";
import { webexId } from "./ids.js";
import type {
  AttachmentActionRecord, FailureRule, MembershipRecord, PersonRecord, RecordedRequest, Refusal,
  RoomRecord, SandboxMessage, SandboxPerson, StoredFile, WebhookRecord,
} from "./types.js";

export type Change =
  | { kind: "message"; roomId: string; messageId: string }
  | { kind: "deleted"; roomId: string; messageId: string }
  | { kind: "edited"; roomId: string; messageId: string }
  | { kind: "refusal"; roomId: string }
  | { kind: "rooms" };

export class SandboxState {
  readonly orgId = webexId("ORGANIZATION");
  readonly appId = webexId("APPLICATION");
  readonly people = new Map<string, PersonRecord>();
  readonly rooms = new Map<string, RoomRecord>();
  readonly memberships = new Map<string, MembershipRecord>();
  readonly messages = new Map<string, SandboxMessage>();
  readonly files = new Map<string, StoredFile>();
  readonly webhooks = new Map<string, WebhookRecord>();
  readonly actions = new Map<string, AttachmentActionRecord>();
  readonly requests: RecordedRequest[] = [];
  readonly refusals: Refusal[] = [];
  readonly failures: FailureRule[] = [];
  readonly faults = new FaultList();
  readonly changes = new EventEmitter();
  /** bearer token -> person id */
  readonly tokens = new Map<string, string>();
  private lastTime = 0;

  constructor() {
    // The page may hold one SSE stream per open tab.
    this.changes.setMaxListeners(100);
  }

  /** A creation time strictly after the previous one, so that "newest first" is well defined. */
  now(): string {
    const time = Math.max(Date.now(), this.lastTime + 1);
    this.lastTime = time;
    return new Date(time).toISOString();
  }

  addPerson(person: SandboxPerson, type: "person" | "bot"): PersonRecord {
    const record: PersonRecord = {
      id: webexId("PEOPLE"), email: person.email.toLowerCase(), displayName: person.displayName,
      type, orgId: this.orgId, created: this.now(),
    };
    this.people.set(record.id, record);
    return record;
  }

  personByEmail(email: string): PersonRecord | undefined {
    const wanted = email.toLowerCase();
    for (const person of this.people.values()) if (person.email === wanted) return person;
    return undefined;
  }

  requirePerson(email: string): PersonRecord {
    const person = this.personByEmail(email);
    if (!person) throw new Error(`The sandbox has no person ${email}; known: ${[...this.people.values()].map((p) => p.email).join(", ")}`);
    return person;
  }

  addRoom(title: string, type: "direct" | "group", creator: PersonRecord): RoomRecord {
    const created = this.now();
    const room: RoomRecord = { id: webexId("ROOM"), title, type, creatorId: creator.id, created, lastActivity: created };
    this.rooms.set(room.id, room);
    this.changes.emit("change", { kind: "rooms" } satisfies Change);
    return room;
  }

  addMembership(room: RoomRecord, person: PersonRecord): MembershipRecord {
    const existing = this.membershipOf(room.id, person.id);
    if (existing) return existing;
    const membership: MembershipRecord = {
      id: webexId("MEMBERSHIP"), roomId: room.id, personId: person.id, personEmail: person.email,
      personDisplayName: person.displayName, personOrgId: person.orgId, isModerator: false,
      isMonitor: false, created: this.now(),
    };
    this.memberships.set(membership.id, membership);
    return membership;
  }

  membershipOf(roomId: string, personId: string): MembershipRecord | undefined {
    for (const m of this.memberships.values()) if (m.roomId === roomId && m.personId === personId) return m;
    return undefined;
  }

  membersOf(roomId: string): MembershipRecord[] {
    return [...this.memberships.values()].filter((m) => m.roomId === roomId);
  }

  isMember(roomId: string, personId: string): boolean {
    return this.membershipOf(roomId, personId) !== undefined;
  }

  /** The 1:1 space of two people, if they have one. */
  directRoomOf(a: string, b: string): RoomRecord | undefined {
    for (const room of this.rooms.values()) {
      if (room.type === "direct" && this.isMember(room.id, a) && this.isMember(room.id, b)) return room;
    }
    return undefined;
  }

  addMessage(message: SandboxMessage, file?: StoredFile & { id: string }): SandboxMessage {
    if (file) this.files.set(file.id, { name: file.name, contentType: file.contentType, content: file.content });
    this.messages.set(message.id, message);
    const room = this.rooms.get(message.roomId);
    if (room) room.lastActivity = message.created;
    this.changes.emit("change", { kind: "message", roomId: message.roomId, messageId: message.id } satisfies Change);
    return message;
  }

  /** Every edit in order, as text: what a test reads to see a status message move. */
  readonly edits: Array<{ messageId: string; roomId: string; text?: string; markdown?: string; at: string }> = [];

  editMessage(message: SandboxMessage, edit: { text?: string; markdown?: string; html?: string }): SandboxMessage {
    const edited: SandboxMessage = { ...message, text: edit.text, markdown: edit.markdown, html: edit.html, updated: this.now() };
    for (const key of ["text", "markdown", "html"] as const) if (edited[key] === undefined) delete edited[key];
    this.messages.set(message.id, edited);
    this.edits.push({ messageId: message.id, roomId: message.roomId, ...(edit.text !== undefined && { text: edit.text }), ...(edit.markdown !== undefined && { markdown: edit.markdown }), at: edited.updated! });
    this.changes.emit("change", { kind: "edited", roomId: message.roomId, messageId: message.id } satisfies Change);
    return edited;
  }

  deleteMessage(message: SandboxMessage): void {
    this.messages.delete(message.id);
    this.changes.emit("change", { kind: "deleted", roomId: message.roomId, messageId: message.id } satisfies Change);
  }

  messagesIn(roomId: string): SandboxMessage[] {
    return [...this.messages.values()].filter((m) => m.roomId === roomId);
  }

  addRefusal(refusal: Refusal): void {
    this.refusals.push(refusal);
    this.changes.emit("change", { kind: "refusal", roomId: refusal.roomId } satisfies Change);
  }

  /** The failure rule that answers this request instead of the real route, if any (and uses it up). */
  takeFailure(method: string, path: string): FailureRule | undefined {
    const index = this.failures.findIndex((rule) =>
      rule.remaining > 0 &&
      (!rule.method || rule.method.toUpperCase() === method.toUpperCase()) &&
      (!rule.path || rule.path.test(path)));
    if (index < 0) return undefined;
    const rule = this.failures[index]!;
    rule.remaining -= 1;
    if (rule.remaining === 0) this.failures.splice(index, 1);
    return rule;
  }
}
