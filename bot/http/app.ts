// The HTTP side: the webhook route does three things — verify the signature on the raw bytes,
// answer, hand the event over — and the health routes say whether the process is up and ready.
import express, { type Express } from "express";
import type { Logger } from "../log.js";
import { isValidSignature } from "../webex/signature.js";
import { webhookEnvelopeSchema, type WebhookEnvelope } from "../webex/envelope.js";

export interface HttpAppOptions {
  webhookSecret: string;
  log: Logger;
  /** Called after the answer was sent; must not throw. */
  onEvent(envelope: WebhookEnvelope): void;
  /** Store reachable and framework initialized. */
  isReady(): Promise<boolean>;
}

export function createHttpApp(options: HttpAppOptions): Express {
  const app = express();
  app.disable("x-powered-by");

  app.post("/webhook", express.raw({ type: () => true, limit: "1mb" }), (req, res) => {
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
    res.status(200).json({ ok: true });
    options.onEvent(envelope.data);
  });

  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });

  app.get("/readyz", async (_req, res) => {
    const ready = await options.isReady().catch(() => false);
    res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "starting" });
  });

  return app;
}
