// The webhook envelope Webex posts, validated before anything else looks at it.
import { z } from "zod";

export const webhookEnvelopeSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  resource: z.enum(["messages", "memberships", "rooms", "attachmentActions", "meetings", "callings", "telephony_calls", "telephony_conference", "telephony_mwi", "uc_counters", "convergedRecordings", "meetingParticipants", "meetingTranscripts", "dataSources", "adminBatchJobs"]),
  event: z.string().min(1),
  actorId: z.string().optional(),
  data: z.object({ id: z.string().min(1), personEmail: z.string().optional(), roomId: z.string().optional() }).loose(),
}).loose();

export type WebhookEnvelope = z.infer<typeof webhookEnvelopeSchema>;
