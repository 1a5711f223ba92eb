// Zod issues that carry a message key instead of English: the edge that explains them
// (bot/routing/explain.ts) translates the key into the space's language, with its params.
import type { z } from "zod";
import type { MessageParams } from "./fill.js";
import type { UserKey } from "./types.js";

/** The `message` option of a zod check: the key of the sentence that says what was expected. */
export const says = (key: UserKey): { message: UserKey } => ({ message: key });

/** Adds a custom issue whose message is `key`, at `path`, with `params` for its placeholders. */
export function addProblem(ctx: z.RefinementCtx, key: UserKey, path: PropertyKey[] = [], params?: MessageParams): typeof z.NEVER {
  ctx.addIssue({ code: "custom", message: key, path, ...(params && { params }) });
  return undefined as never;
}
