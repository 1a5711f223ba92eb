// GET /memberships (?roomId, ?personId, ?personEmail), GET and DELETE /memberships/{id}.
import { Router } from "express";
import type { SandboxContext } from "../context.js";
import { WebexHttpError } from "../errors.js";
import { removeMember } from "../operations.js";
import { pageOf } from "../paging.js";
import { presentMembership } from "../present.js";
import type { MembershipRecord } from "../types.js";
import { callerOf } from "./caller.js";

export function membershipRoutes(ctx: SandboxContext): Router {
  const router = Router();
  const present = (m: MembershipRecord) => presentMembership(m, ctx.state.rooms.get(m.roomId)?.type ?? "group");

  router.get("/memberships", (req, res) => {
    const caller = callerOf(res);
    const { roomId, personId, personEmail } = req.query as Record<string, string | undefined>;
    if (roomId && !ctx.state.isMember(roomId, caller.id)) throw new WebexHttpError(404, "Could not find a room with provided ID.");
    const memberships = [...ctx.state.memberships.values()].filter((m) =>
      (roomId ? m.roomId === roomId : ctx.state.isMember(m.roomId, caller.id) && (personId || personEmail ? true : m.personId === caller.id)) &&
      (!personId || m.personId === personId) &&
      (!personEmail || m.personEmail === personEmail.toLowerCase()));
    res.json({ items: pageOf(req, res, memberships).map(present) });
  });
  router.get("/memberships/:id", (req, res) => {
    const membership = visibleMembership(ctx, req.params.id, callerOf(res).id);
    res.json(present(membership));
  });
  router.delete("/memberships/:id", async (req, res) => {
    const caller = callerOf(res);
    const membership = visibleMembership(ctx, req.params.id, caller.id);
    const room = ctx.state.rooms.get(membership.roomId)!;
    const person = ctx.state.people.get(membership.personId)!;
    if (room.type === "direct") throw new WebexHttpError(409, "A membership of a 1:1 space cannot be deleted.");
    removeMember(ctx, room, person, caller);
    res.status(204).end();
  });
  return router;
}

function visibleMembership(ctx: SandboxContext, id: string, callerId: string): MembershipRecord {
  const membership = ctx.state.memberships.get(id);
  if (!membership || !ctx.state.isMember(membership.roomId, callerId)) throw new WebexHttpError(404, "Could not find a membership with the provided ID.");
  return membership;
}
