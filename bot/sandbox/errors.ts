// Webex's error body: { message, errors: [{ description }], trackingId }, with the tracking id
// also in the `trackingid` response header.
import type { Response } from "express";

export class WebexHttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** Answers `status` with a Webex error body; the message is kept for the page's refusal notes. */
export function sendWebexError(res: Response, status: number, message: string): void {
  const trackingId = String(res.getHeader("trackingid") ?? "");
  res.locals.webexError = message;
  res.status(status).json({ message, errors: [{ description: message }], trackingId });
}
