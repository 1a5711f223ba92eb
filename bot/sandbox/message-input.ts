// What POST /v1/messages accepts, with Webex's refusals: one destination, some content, text and
// markdown at most 7,439 bytes, at most one file, at most one attachment, and that attachment an
// Adaptive Card Webex can render (schema 1.3 or older, parsing cleanly).
import { z } from "zod";
import { cardProblems } from "../../cards/validate.js";
import { WebexHttpError } from "./errors.js";
import type { StoredFile } from "./types.js";

export const MAX_TEXT_BYTES = 7439;
export const CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";

const attachmentSchema = z.object({ contentType: z.string(), content: z.unknown() });

const messageBodySchema = z.object({
  roomId: z.string().min(1).optional(),
  toPersonId: z.string().min(1).optional(),
  toPersonEmail: z.string().min(3).optional(),
  parentId: z.string().min(1).optional(),
  text: z.string().optional(),
  markdown: z.string().optional(),
  html: z.string().optional(),
  files: z.array(z.string()).optional(),
  attachments: z.array(attachmentSchema).optional(),
});

export type MessageBody = z.infer<typeof messageBodySchema>;

export interface MessageInput {
  destination: { roomId: string } | { toPersonId: string } | { toPersonEmail: string };
  text?: string;
  markdown?: string;
  parentId?: string;
  attachments?: Array<{ contentType: string; content: unknown }>;
  file?: StoredFile;
  fileUrl?: string;
}

/** The message a JSON body or its multipart equivalent describes, or a Webex 400. */
export function messageInput(body: unknown, file?: StoredFile): MessageInput {
  const parsed = messageBodySchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new WebexHttpError(400, `Invalid request: ${issue?.path.join(".") || "body"}: ${issue?.message ?? "not a message"}.`);
  }
  const fields = parsed.data;
  const destinations = [fields.roomId && { roomId: fields.roomId }, fields.toPersonId && { toPersonId: fields.toPersonId },
    fields.toPersonEmail && { toPersonEmail: fields.toPersonEmail }].filter(Boolean) as MessageInput["destination"][];
  if (destinations.length !== 1) {
    throw new WebexHttpError(400, "Exactly one of roomId, toPersonId or toPersonEmail is required.");
  }
  for (const [name, value] of [["text", fields.text], ["markdown", fields.markdown]] as const) {
    if (value !== undefined && Buffer.byteLength(value) > MAX_TEXT_BYTES) {
      throw new WebexHttpError(400, `The ${name} is ${Buffer.byteLength(value)} bytes; a message's ${name} may be at most ${MAX_TEXT_BYTES} bytes.`);
    }
  }
  const fileCount = (fields.files?.length ?? 0) + (file ? 1 : 0);
  if (fileCount > 1) throw new WebexHttpError(400, "Only one file may be attached to a message.");
  checkAttachments(fields.attachments);
  if (!fields.text && !fields.markdown && fileCount === 0 && !fields.attachments?.length) {
    throw new WebexHttpError(400, "A message needs text, markdown, a file or an attachment.");
  }
  return {
    destination: destinations[0]!,
    ...(fields.text !== undefined && { text: fields.text }),
    ...(fields.markdown !== undefined && { markdown: fields.markdown }),
    ...(fields.parentId !== undefined && { parentId: fields.parentId }),
    ...(fields.attachments?.length && { attachments: fields.attachments }),
    ...(file && { file }),
    ...(fields.files?.[0] !== undefined && { fileUrl: fields.files[0] }),
  };
}

function checkAttachments(attachments: MessageBody["attachments"]): void {
  if (!attachments?.length) return;
  if (attachments.length > 1) throw new WebexHttpError(400, "Only one attachment (card) may be sent per message.");
  const [attachment] = attachments;
  if (attachment!.contentType !== CARD_CONTENT_TYPE) {
    throw new WebexHttpError(400, `Unsupported attachment contentType ${attachment!.contentType}: only ${CARD_CONTENT_TYPE} is accepted.`);
  }
  const problems = cardProblems(attachment!.content);
  if (problems.length > 0) {
    throw new WebexHttpError(400, `The Adaptive Card is not valid for Webex: ${problems.join("; ")}.`);
  }
}

/** The fields and the one `files` part of a multipart/form-data body (parsed by undici's FormData). */
export async function multipartMessage(raw: Buffer, contentType: string): Promise<{ body: Record<string, unknown>; file?: StoredFile }> {
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(raw), { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new WebexHttpError(400, "The multipart/form-data body could not be read.");
  }
  const body: Record<string, unknown> = {};
  const files: File[] = [];
  const parts: Array<[string, FormDataEntryValue]> = [];
  form.forEach((value, name) => parts.push([name, value]));
  for (const [name, value] of parts) {
    if (typeof value !== "string") {
      if (name !== "files") throw new WebexHttpError(400, `Unexpected file part ${name}: send the file as the part named files.`);
      files.push(value);
    } else if (name === "attachments") {
      try { body.attachments = JSON.parse(value); } catch { throw new WebexHttpError(400, "attachments is not valid JSON."); }
    } else {
      body[name] = value;
    }
  }
  if (files.length > 1) throw new WebexHttpError(400, "Only one file may be attached to a message.");
  const [part] = files;
  if (!part) return { body };
  return {
    body,
    file: { name: part.name || "file", contentType: part.type || "application/octet-stream", content: Buffer.from(await part.arrayBuffer()) },
  };
}

const editBodySchema = z.object({ roomId: z.string().min(1), text: z.string().optional(), markdown: z.string().optional() });

/** What PUT /v1/messages/{id} accepts: the message's roomId, and new text or markdown within Webex's size. */
export function editInput(body: unknown): z.infer<typeof editBodySchema> {
  const parsed = editBodySchema.safeParse(body);
  if (!parsed.success) throw new WebexHttpError(400, "roomId is required, with text or markdown, to edit a message.");
  const { text, markdown } = parsed.data;
  if (text === undefined && markdown === undefined) throw new WebexHttpError(400, "text or markdown is required to edit a message.");
  for (const value of [text, markdown]) {
    if (value !== undefined && Buffer.byteLength(value) > MAX_TEXT_BYTES) throw new WebexHttpError(400, `The message is longer than ${MAX_TEXT_BYTES} bytes.`);
  }
  return parsed.data;
}
