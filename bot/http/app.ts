// The HTTP side: the webhook receiver's route (verify, store, answer: bot/receivers/webhook.ts)
// and the health routes that say whether the process is up and ready.
import express, { type Express } from "express";
import type { Logger } from "../log.js";
import type { HandleEvent } from "../receivers/types.js";
import { webhookRoute } from "../receivers/webhook.js";

export interface HttpAppOptions {
  webhookSecret: string;
  log: Logger;
  /** Stores the verified event (the inbox); the route answers 200 only after it resolves. */
  handleEvent: HandleEvent;
  /** Store reachable and the bot started. */
  isReady(): Promise<boolean>;
}

export function createHttpApp(options: HttpAppOptions): Express {
  const app = express();
  app.disable("x-powered-by");

  app.post("/webhook", ...webhookRoute(options));

  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });

  app.get("/readyz", async (_req, res) => {
    const ready = await options.isReady().catch(() => false);
    res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "starting" });
  });

  return app;
}
