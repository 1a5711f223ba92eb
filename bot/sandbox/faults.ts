// Faults the tests and the page can inject into the /v1 API: a delay before the real answer, a
// request that never answers (until the faults are cleared or the socket closes), a socket reset,
// or a Webex-shaped error status (429 with Retry-After). Each fault matches a method, an API path
// prefix and optionally a room id found in the query or the JSON/form body.
import type { NextFunction, Request, Response } from "express";
import { z } from "zod";
import { sendWebexError } from "./errors.js";

export const faultSchema = z.object({
  method: z.enum(["GET", "POST", "PUT", "DELETE", "*"]).default("*"),
  path: z.string().startsWith("/"),
  roomId: z.string().min(1).optional(),
  fault: z.enum(["delay", "hang", "reset", "status"]),
  ms: z.number().int().min(0).max(600_000).optional(),
  status: z.number().int().min(400).max(599).optional(),
  retryAfter: z.number().int().min(0).max(3600).optional(),
  times: z.number().int().min(1).optional(),
});
export type FaultInput = z.input<typeof faultSchema>;
export type Fault = z.output<typeof faultSchema>;

const statusText: Record<number, string> = {
  429: "Too Many Requests.", 500: "Internal Server Error.", 502: "Bad Gateway.", 503: "Service Unavailable.", 504: "Gateway Timeout.",
};

interface Rule { fault: Fault; remaining: number }

export class FaultList {
  private rules: Rule[] = [];
  /** requests held by "hang" (and "delay"): clear() lets them go on to the real route */
  private readonly held = new Set<() => void>();

  add(input: FaultInput): Fault {
    const fault = faultSchema.parse(input);
    this.rules.push({ fault, remaining: fault.times ?? Number.POSITIVE_INFINITY });
    return fault;
  }

  clear(): void {
    this.rules = [];
    for (const release of [...this.held]) release();
    this.held.clear();
  }

  list(): Fault[] {
    return this.rules.map((rule) => rule.fault);
  }

  /** The first fault matching this request (and uses one of its `times`). */
  take(method: string, path: string, roomIds: (roomId: string) => boolean): Fault | undefined {
    const index = this.rules.findIndex(({ fault, remaining }) =>
      remaining > 0 &&
      (fault.method === "*" || fault.method === method.toUpperCase()) &&
      path.startsWith(fault.path) &&
      (!fault.roomId || roomIds(fault.roomId)));
    if (index < 0) return undefined;
    const rule = this.rules[index]!;
    rule.remaining -= 1;
    if (rule.remaining <= 0) this.rules.splice(index, 1);
    return rule.fault;
  }

  /**
   * Express middleware for the API router; runs after body parsing so that a body's roomId counts.
   * `roomOf` names the space of the resource a path reads (GET /messages/{id}), so a fault can
   * hold the bot's read of one space's message.
   */
  middleware(roomOf: (path: string) => string | undefined = () => undefined) {
    return (req: Request, res: Response, next: NextFunction) => {
      const fault = this.take(req.method, req.path, (roomId) => mentionsRoom(req, roomId) || roomOf(req.path) === roomId);
      if (!fault) {
        next();
        return;
      }
      switch (fault.fault) {
        case "delay":
          this.hold(req, next, fault.ms ?? 1000);
          return;
        case "hang":
          this.hold(req, next);
          return;
        case "reset":
          req.socket.destroy();
          return;
        case "status": {
          const status = fault.status ?? 500;
          if (status === 429) res.setHeader("Retry-After", String(fault.retryAfter ?? 1));
          sendWebexError(res, status, statusText[status] ?? "The request failed.");
          return;
        }
      }
    };
  }

  /** Holds a request for `ms` (or until clear() when undefined), then lets it reach the real route. */
  private hold(req: Request, next: NextFunction, ms?: number): void {
    let timer: NodeJS.Timeout | undefined;
    const release = () => {
      if (timer) clearTimeout(timer);
      this.held.delete(release);
      req.socket.off("close", release);
      if (!req.socket.destroyed) next();
    };
    this.held.add(release);
    req.socket.once("close", release);
    if (ms !== undefined) timer = setTimeout(release, ms);
  }
}

/** Whether the request names `roomId` in its query, its JSON body or its multipart form. */
function mentionsRoom(req: Request, roomId: string): boolean {
  if (req.query.roomId === roomId) return true;
  const body: unknown = req.body;
  if (Buffer.isBuffer(body)) return body.includes(roomId);
  if (typeof body === "object" && body !== null) return (body as Record<string, unknown>).roomId === roomId;
  return false;
}
