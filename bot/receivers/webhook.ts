// The webhook receiver: the route verifies X-Spark-Signature on the raw bytes (401 before
// parsing), checks the envelope's shape (400), hands it to handleEvent, which writes it to the
// inbox, and only then answers 200. If the write fails Webex gets a 503, not a false 200.
import express, { type RequestHandler } from "express";
import type { Logger } from "../log.js";
import { isValidSignature } from "../webex/signature.js";
import { webhookEnvelopeSchema } from "../webex/envelope.js";
import type { HandleEvent } from "./types.js";

export interface WebhookReceiverOptions {
  webhookSecret: string;
  log: Logger;
  handleEvent: HandleEvent;
}

export function webhookRoute(options: WebhookReceiverOptions): RequestHandler[] {
  return [express.raw({ type: () => true, limit: "1mb" }), async (req, res) => {
    const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    if (!isValidSignature(raw, req.header("x-spark-signature"), options.webhookSecret)) {
      options.log.warn({ ip: req.ip }, "refused a webhook call with a missing or wrong signature");
      res.status(401).json({ message: "signature missing or wrong" });
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(raw.toString("utf8"));
    } catch {
      res.status(400).json({ message: "body is not JSON" });
      return;
    }
    const envelope = webhookEnvelopeSchema.safeParse(json);
    if (!envelope.success) {
      res.status(400).json({ message: "body is not a Webex webhook event" });
      return;
    }
    try {
      await options.handleEvent(envelope.data);
    } catch (error) {
      options.log.error({ err: error, resource: envelope.data.resource, dataId: envelope.data.data.id }, "could not store a webhook event; answered 503");
      res.status(503).json({ message: "event not stored; try again" });
      return;
    }
    res.status(200).json({ ok: true });
  }];
}
