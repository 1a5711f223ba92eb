// Webex signs each webhook delivery: X-Spark-Signature is the hex HMAC-SHA1 of the raw body
// bytes, keyed with the webhook's secret. It must be checked on the bytes as received — the
// framework's own check re-serializes parsed JSON, which does not reproduce them.
import { createHmac, timingSafeEqual } from "node:crypto";

export function signatureOf(rawBody: Buffer | string, secret: string): string {
  return createHmac("sha1", secret).update(rawBody).digest("hex");
}

export function isValidSignature(rawBody: Buffer, header: string | undefined, secret: string): boolean {
  if (!header || !/^[0-9a-f]{40}$/i.test(header)) return false;
  const expected = Buffer.from(signatureOf(rawBody, secret), "hex");
  return timingSafeEqual(expected, Buffer.from(header, "hex"));
}
