// Webex pages lists with `max` and a `Link: <...>; rel="next"` header; the SDK follows that link
// (page.hasNext()), so the sandbox pages the same way with an opaque cursor.
import type { Request, Response } from "express";
import { z } from "zod";
import { WebexHttpError } from "./errors.js";

const maxSchema = z.coerce.number().int().min(1).max(1000);

/** The page of `items` this request asked for; sets the Link header when more remain. */
export function pageOf<T>(req: Request, res: Response, items: T[], defaultMax = 100): T[] {
  const query = req.query as Record<string, string | undefined>;
  const max = query.max === undefined ? defaultMax : maxSchema.safeParse(query.max);
  const size = typeof max === "number" ? max : max.success ? max.data : badMax(query.max);
  const start = query.cursor ? Number(Buffer.from(query.cursor, "base64url").toString()) || 0 : 0;
  const page = items.slice(start, start + size);
  if (start + size < items.length) {
    const next = new URL(`${req.protocol}://${req.get("host")}${req.originalUrl}`);
    next.searchParams.set("max", String(size));
    next.searchParams.set("cursor", Buffer.from(String(start + size)).toString("base64url"));
    res.setHeader("Link", `<${next.toString()}>; rel="next"`);
  }
  return page;
}

function badMax(value: unknown): never {
  throw new WebexHttpError(400, `Invalid max ${String(value)}: it must be a whole number from 1 to 1000.`);
}
