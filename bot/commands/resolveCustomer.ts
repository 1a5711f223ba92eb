// Turns what a user typed (a name, part of one, or an org id) into one customer they may see,
// or the card that asks them to pick (several matched) or suggests names (none matched).
import { searchCustomers } from "../../domain/analytics/customerSearch.js";
import { customerChoiceCard } from "../../cards/customerChoice.js";
import type { HandlerContext, Reply } from "../routing/types.js";
import { closestCustomers } from "../../domain/partner/closestCustomers.js";
import type { ActionData } from "../../cards/actions.js";
import type { VisibleCustomer } from "../../domain/partner/visibleCustomer.js";

export type Resolved = { customer: VisibleCustomer } | { reply: Reply };

export async function resolveCustomer(
  ctx: HandlerContext,
  typed: string,
  pick: (customerId: string) => ActionData,
): Promise<Resolved> {
  const found = await searchCustomers({ db: ctx.deps.db, viewer: ctx.viewer }, typed);
  if (found.kind === "found") return { customer: found.customer };
  if (found.kind === "candidates") {
    return { reply: customerChoiceCard({ typed, candidates: found.candidates, more: found.more, kind: "choose", pick }, ctx.t) };
  }
  const closest = await closestCustomers(ctx.deps.db, ctx.viewer, typed);
  return { reply: customerChoiceCard({ typed, candidates: closest, more: false, kind: "suggest", pick }, ctx.t) };
}
