// The records the sandbox keeps. Anything returned by the REST API is built from these by the
// `present*` functions in present.ts, so internal fields never leak into Webex payloads.

export interface SandboxPerson { email: string; displayName: string }

export interface PersonRecord {
  id: string; email: string; displayName: string; type: "person" | "bot"; orgId: string; created: string;
}

export interface SandboxRoom { id: string; title: string; type: "direct" | "group" }

export interface RoomRecord extends SandboxRoom { creatorId: string; created: string; lastActivity: string }

export interface MembershipRecord {
  id: string; roomId: string; personId: string; personEmail: string; personDisplayName: string;
  personOrgId: string; isModerator: boolean; isMonitor: boolean; created: string;
}

/** A message in the real Webex shape. */
export interface SandboxMessage {
  id: string;
  roomId: string;
  roomType: "direct" | "group";
  text?: string;
  markdown?: string;
  html?: string;
  files?: string[];
  attachments?: Array<{ contentType: string; content: unknown }>;
  personId: string;
  personEmail: string;
  created: string;
  parentId?: string;
  mentionedPeople?: string[];
  /** When the message was last edited (PUT /messages/{id}); absent if never. */
  updated?: string;
}

export interface StoredFile { name: string; contentType: string; content: Buffer }

export interface WebhookRecord {
  id: string; name: string; targetUrl: string; resource: string; event: string; filter?: string;
  secret?: string; status: "active"; created: string; orgId: string; createdBy: string; appId: string;
  ownedBy: "creator";
}

export interface AttachmentActionRecord {
  id: string; type: "submit"; messageId: string; inputs: Record<string, unknown>;
  personId: string; roomId: string; created: string;
}

export interface RecordedRequest {
  method: string; path: string; query: string; status: number; personEmail?: string; at: string;
}

/** A call of the bot that Webex would have refused; the page shows it in the space. */
export interface Refusal { roomId: string; status: number; message: string; method: string; path: string; at: string }

export interface FailureRule {
  remaining: number; status: 429 | 500 | 502 | 503; retryAfterSeconds?: number; method?: string; path?: RegExp;
}
