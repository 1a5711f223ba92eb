// GET /rooms (the caller's spaces, most recently active first) and /rooms/{id}.
import { Router } from "express";
import type { SandboxContext } from "../context.js";
import { WebexHttpError } from "../errors.js";
import { pageOf } from "../paging.js";
import { presentRoom } from "../present.js";
import { callerOf } from "./caller.js";

export function roomRoutes(ctx: SandboxContext): Router {
  const router = Router();
  router.get("/rooms", (req, res) => {
    const caller = callerOf(res);
    const type = req.query.type;
    const rooms = [...ctx.state.rooms.values()]
      .filter((room) => ctx.state.isMember(room.id, caller.id) && (!type || room.type === type))
      .sort((a, b) => b.lastActivity.localeCompare(a.lastActivity));
    res.json({ items: pageOf(req, res, rooms).map((room) => presentRoom(room, ctx.state.orgId)) });
  });
  router.get("/rooms/:id", (req, res) => {
    const room = ctx.state.rooms.get(req.params.id);
    if (!room || !ctx.state.isMember(room.id, callerOf(res).id)) throw new WebexHttpError(404, "Could not find a room with provided ID.");
    res.json(presentRoom(room, ctx.state.orgId));
  });
  return router;
}
