import type { Response } from "express";
import type { PersonRecord } from "../types.js";

/** The person whose bearer token authorised this request (set by the bearer check). */
export function callerOf(res: Response): PersonRecord {
  return res.locals.caller as PersonRecord;
}
