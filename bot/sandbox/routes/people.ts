// GET /people/me, /people/{id}, /people?id=A,B (the SDK's batched look-up: exactly the requested
// ids come back, unknown ones in notFoundIds) and /people?email=.
import { Router } from "express";
import type { SandboxContext } from "../context.js";
import { WebexHttpError } from "../errors.js";
import { presentPerson } from "../present.js";
import { callerOf } from "./caller.js";

export function peopleRoutes(ctx: SandboxContext): Router {
  const router = Router();
  router.get("/people/me", (_req, res) => {
    res.json(presentPerson(callerOf(res)));
  });
  router.get("/people", (req, res) => {
    const { id, email } = req.query as Record<string, string | undefined>;
    if (id) {
      const ids = id.split(",").map((one) => one.trim()).filter(Boolean);
      const found = ids.map((one) => ctx.state.people.get(one)).filter((p) => p !== undefined);
      const notFoundIds = ids.filter((one) => !ctx.state.people.has(one));
      res.json({ items: found.map(presentPerson), ...(notFoundIds.length > 0 && { notFoundIds }) });
      return;
    }
    if (email) {
      const person = ctx.state.personByEmail(email);
      res.json({ items: person ? [presentPerson(person)] : [] });
      return;
    }
    throw new WebexHttpError(400, "Email, displayName, or id list should be specified.");
  });
  router.get("/people/:id", (req, res) => {
    const person = ctx.state.people.get(req.params.id);
    if (!person) throw new WebexHttpError(404, "Person not found.");
    res.json(presentPerson(person));
  });
  return router;
}
