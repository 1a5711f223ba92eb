// POST /attachment/actions (a card submit) and GET /attachment/actions/{id} (where a bot reads
// the inputs: the webhook carries only the ids).
import { Router } from "express";
import { z } from "zod";
import type { SandboxContext } from "../context.js";
import { WebexHttpError } from "../errors.js";
import { submitAction } from "../operations.js";
import { callerOf } from "./caller.js";

const actionSchema = z.object({
  type: z.literal("submit"),
  messageId: z.string().min(1),
  inputs: z.record(z.string(), z.unknown()).default({}),
});

export function attachmentActionRoutes(ctx: SandboxContext): Router {
  const router = Router();
  router.post("/attachment/actions", (req, res) => {
    const parsed = actionSchema.safeParse(req.body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new WebexHttpError(400, `Invalid attachment action: ${issue?.path.join(".") || "body"}: ${issue?.message}.`);
    }
    const made = submitAction(ctx, callerOf(res), parsed.data.messageId, parsed.data.inputs);
    res.json(made.value);
  });
  router.get("/attachment/actions/:id", (req, res) => {
    const action = ctx.state.actions.get(req.params.id);
    if (!action || !ctx.state.isMember(action.roomId, callerOf(res).id)) throw new WebexHttpError(404, "Could not find an attachment action with the provided ID.");
    res.json(action);
  });
  return router;
}
