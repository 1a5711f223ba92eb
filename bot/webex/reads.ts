// What the bot reads from Webex to understand an event, through the one Webex HTTP client: the
// message an event names, a card action's inputs, who clicked, a space's type and title, and the
// bot itself. Shapes are checked with zod; a read that fails after the client's retries throws a
// WebexApiError, and the inbox parks the event.
import { z } from "zod";
import type { WebexHttp } from "./http.js";
import { WebexApiError } from "./errors.js";

const messageSchema = z.object({
  id: z.string(), roomId: z.string(), roomType: z.enum(["direct", "group"]).default("direct"),
  text: z.string().optional(), html: z.string().optional(), personId: z.string().optional(), personEmail: z.string(),
  files: z.array(z.string()).optional(), mentionedPeople: z.array(z.string()).optional(),
}).loose();
const actionSchema = z.object({
  id: z.string(), roomId: z.string(), messageId: z.string(), personId: z.string(), inputs: z.unknown(),
}).loose();
const personSchema = z.object({ id: z.string(), emails: z.array(z.string()).min(1), displayName: z.string().default(""), type: z.string().optional() }).loose();
const roomSchema = z.object({ id: z.string(), type: z.enum(["direct", "group"]), title: z.string().optional() }).loose();

export type WebexMessage = z.infer<typeof messageSchema>;
export type WebexAttachmentAction = z.infer<typeof actionSchema>;
export type WebexPerson = z.infer<typeof personSchema>;
export type WebexRoom = z.infer<typeof roomSchema>;

export interface WebexReads {
  me(): Promise<WebexPerson>;
  message(id: string): Promise<WebexMessage>;
  attachmentAction(id: string): Promise<WebexAttachmentAction>;
  person(id: string): Promise<WebexPerson>;
  room(id: string): Promise<WebexRoom>;
}

export function createWebexReads(http: WebexHttp): WebexReads {
  const read = async <T>(path: string, schema: z.ZodType<T>): Promise<T> => {
    const parsed = schema.safeParse(await http.json({ path }));
    if (!parsed.success) throw new WebexApiError(422, path, `unexpected answer (${parsed.error.issues[0]?.message ?? "?"})`);
    return parsed.data;
  };
  const id = encodeURIComponent;
  return {
    me: () => read("/people/me", personSchema),
    message: (messageId) => read(`/messages/${id(messageId)}`, messageSchema),
    attachmentAction: (actionId) => read(`/attachment/actions/${id(actionId)}`, actionSchema),
    person: (personId) => read(`/people/${id(personId)}`, personSchema),
    room: (roomId) => read(`/rooms/${id(roomId)}`, roomSchema),
  };
}
