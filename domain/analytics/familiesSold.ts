// Which analytics families the partner sells: a partner selling both sees `kpis`, `expiring`
// and `renewing` for both by default (issue 15). Partner-wide, whoever asks, so that every
// admin of the partner gets the same default.
import { rawRows } from "../store/driver.js";
import { Prisma } from "../../prisma/generated/sqlite/client.js";
import type { Db } from "../store/client.js";
import { ANALYTICS_FAMILIES, type AnalyticsFamily, type FamilySelection } from "./types.js";

/** The families with at least one active subscription: one EXISTS per family, each a single
 * probe of the (family, auto_renew, end_at, customer_id) index. */
export async function familiesSold(db: Db): Promise<AnalyticsFamily[]> {
  const probes = ANALYTICS_FAMILIES.map((family) =>
    Prisma.sql`CASE WHEN EXISTS (SELECT 1 FROM subscription_family_rollups x WHERE x.family = ${family}) THEN 1 ELSE 0 END AS ${Prisma.raw(family)}`);
  const [row] = await rawRows<Record<string, unknown>>(db, Prisma.sql`SELECT ${Prisma.join(probes, ", ")}`);
  return ANALYTICS_FAMILIES.filter((family) => Number(row?.[family] ?? 0) === 1);
}

/** What `kpis`, `expiring` and `renewing` show without a family word: both for a partner
 * selling both, else Meetings (as before). */
export const defaultFamily = (sold: readonly AnalyticsFamily[]): FamilySelection => (sold.length > 1 ? "both" : "meetings");
