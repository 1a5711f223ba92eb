// Partner Hub's search: the customer org of any user's e-mail address. A known user address
// wins; otherwise the address's domain is matched against the orgs' verified domains.
import { z } from "zod";
import { Prisma } from "../../prisma/generated/sqlite/client.js";
import { visibleTo } from "../access/customerAccess.js";
import type { AnalyticsContext } from "./types.js";

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email());

export interface EmailMatch {
  customerId: string;
  customerName: string;
  /** "user": the address itself is known; "domain": only its domain is. */
  matchedBy: "user" | "domain";
}

/** The customer org of `email` that the viewer may see, or null. Throws a ZodError on a malformed address. */
export async function findCustomerByEmail(ctx: Pick<AnalyticsContext, "db" | "viewer">, email: string): Promise<EmailMatch | null> {
  const address = emailSchema.parse(email);
  const domain = address.slice(address.lastIndexOf("@") + 1);
  const visible = visibleTo(ctx.viewer);
  const byUser = await ctx.db.$queryRaw<{ id: string; name: string; visible: unknown }[]>(Prisma.sql`
    SELECT c.id, c.name, CASE WHEN ${visible} THEN 1 ELSE 0 END AS visible
    FROM customer_users u JOIN customers c ON c.id = u.customer_id WHERE u.email = ${address}`);
  // A known user of an org the viewer may not see is not looked up by domain: the domain
  // might name another org, which would be a wrong answer rather than no answer.
  if (byUser[0]) return Number(byUser[0].visible) === 1 ? { customerId: byUser[0].id, customerName: byUser[0].name, matchedBy: "user" } : null;
  const byDomain = await ctx.db.$queryRaw<{ id: string; name: string }[]>(Prisma.sql`
    SELECT c.id, c.name FROM customer_domains d JOIN customers c ON c.id = d.customer_id
    WHERE d.domain = ${domain} AND ${visible}`);
  if (byDomain[0]) return { customerId: byDomain[0].id, customerName: byDomain[0].name, matchedBy: "domain" };
  return null;
}
