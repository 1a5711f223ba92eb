// The license_weeks rollup: each customer's weekly license snapshots summed per analytics family,
// rewritten with the other customer rollups (rollups.ts). The license distribution trend reads
// twelve weeks of it; summing the snapshots themselves took 300-400 ms at 10,000 customers.
import { Prisma } from "../../prisma/generated/sqlite/client.js";
import { PRODUCTS } from "../model.js";
import type { Db } from "../store/client.js";
import { ANALYTICS_FAMILIES } from "./types.js";
import { withoutSecondaryIndexes } from "../store/bulkIndexes.js";

type Executor = Pick<Db, "$executeRaw" | "$executeRawUnsafe" | "$queryRawUnsafe">;

const familyProducts = Object.entries(PRODUCTS).filter(([, family]) => (ANALYTICS_FAMILIES as readonly string[]).includes(family));
const FAMILY_OF_PRODUCT = `CASE ${familyProducts.map(([product, family]) => `WHEN ls.product = '${product}' THEN '${family}'`).join(" ")} END`;

const INSERT_SQL = `
INSERT INTO license_weeks (customer_id, family, week_start, total, assigned, used, available)
SELECT s.customer_id, ${FAMILY_OF_PRODUCT}, ls.week_start, SUM(ls.total), SUM(ls.assigned), SUM(ls.used),
  SUM(CASE WHEN ls.total > ls.assigned THEN ls.total - ls.assigned ELSE 0 END)
FROM license_snapshots ls JOIN subscriptions s ON s.id = ls.subscription_id
WHERE ls.product IN (${familyProducts.map(([product]) => `'${product}'`).join(", ")})`;
const GROUPS = "GROUP BY s.customer_id, 2, ls.week_start";

/** Rewrites the license weeks of every customer, or of `customerIds` (a bounded list). */
export async function refreshLicenseWeeks(db: Executor, customerIds?: readonly string[]): Promise<void> {
  if (!customerIds) {
    await db.$executeRawUnsafe("DELETE FROM license_weeks");
    await withoutSecondaryIndexes(db, ["license_weeks"], () => db.$executeRawUnsafe(`${INSERT_SQL} ${GROUPS}`));
    return;
  }
  if (customerIds.length === 0) return;
  const ids = Prisma.join([...customerIds]);
  await db.$executeRaw(Prisma.sql`DELETE FROM license_weeks WHERE customer_id IN (${ids})`);
  await db.$executeRaw(Prisma.sql`${Prisma.raw(INSERT_SQL)} AND s.customer_id IN (${ids}) ${Prisma.raw(GROUPS)}`);
}

/** Rewrites one week of every customer: an import's snapshot lands in the week of its report date. */
export async function refreshLicenseWeek(db: Executor, weekStart: Date): Promise<void> {
  await db.$executeRaw(Prisma.sql`DELETE FROM license_weeks WHERE week_start = ${weekStart}`);
  await db.$executeRaw(Prisma.sql`${Prisma.raw(INSERT_SQL)} AND ls.week_start = ${weekStart} ${Prisma.raw(GROUPS)}`);
}
