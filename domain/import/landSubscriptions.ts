// Lands a subscription details report staged in the import tables (importTables.ts):
// customers, subscriptions and their license lines are compared with the store and only what
// differs is written, so a re-import changes nothing and reports "unchanged". Rows the report
// does not mention are left as they are. Newest wins (newestWins.ts): figures stored from a
// later report are kept. A customer's region comes from its rows (a Region column) or from the
// report's own region (sync asks for one per region), and only for a customer the store has not
// seen from the caller's fallback.
// Set-based: each step is one statement over the whole report (the previous lander compared a
// batch at a time in JavaScript and spent most of a 50,000-row landing in round trips).
// Per customer, the last row in the file names it and carries its org-wide figures (a blank
// one does not erase another row's); per subscription, the last row that lists it wins.
import { Prisma } from "../../prisma/generated/sqlite/client.js";
import { dateOrNull, num } from "../analytics/values.js";
import { clientEngine, storedValue } from "../store/engine.js";
import { zeroCounts, type Counts } from "./types.js";
import type { Tx } from "./tx.js";

export interface LandedSubscriptions {
  customers: Counts;
  subscriptions: Counts;
  reportDate: Date | null;
  /** Subscriptions whose stored figures came from a newer report and were kept. */
  keptNewer: number;
}

export interface LandSubscriptionOptions {
  /** Region of a customer the store has not seen when no row (nor the report) names one. */
  region: string;
  now: Date;
  /** The one region the report covers, for customers whose rows name none. */
  reportRegion: string | null;
}

/** `value` bound as the store keeps it (a timestamp cast on PostgreSQL). */
function bound(tx: Tx, value: Date | string | null): Prisma.Sql {
  const engine = clientEngine(tx);
  if (value instanceof Date) return Prisma.sql`${storedValue(value, engine)}${Prisma.raw(engine === "postgres" ? "::timestamp(3)" : "")}`;
  return Prisma.sql`${value}${Prisma.raw(engine === "postgres" ? "::text" : "")}`;
}

// The customer's last row in the file that gives `column` (COALESCE looks only when its last row does not).
const lastGiven = (column: string) => `(SELECT x.${column} FROM import_rows x WHERE x.org_id = r.org_id AND x.${column} IS NOT NULL ORDER BY x.seq DESC LIMIT 1)`;

export async function landStagedSubscriptions(tx: Tx, options: LandSubscriptionOptions): Promise<LandedSubscriptions> {
  const [dated] = await tx.$queryRawUnsafe<Array<{ at: unknown }>>("SELECT MAX(calculated_at) AS at FROM import_rows");
  const reportDate = dateOrNull(dated?.at);
  if (!reportDate) return { customers: zeroCounts(), subscriptions: zeroCounts(), reportDate: null, keptNewer: 0 };
  // A customer or subscription first seen now was managed on the report's date.
  const firstSeen = bound(tx, reportDate);
  const now = bound(tx, options.now);
  const run = (sql: Prisma.Sql) => tx.$executeRaw(sql);

  // The customer's last row; a blank org-wide figure there is taken from its last row that has one.
  await run(Prisma.sql`INSERT INTO import_customers (id, name, name_key, total_users, verified_users, region, as_of, state)
    SELECT r.org_id, r.name, r.name_key, COALESCE(r.total_users, ${Prisma.raw(lastGiven("total_users"))}), COALESCE(r.verified_users, ${Prisma.raw(lastGiven("verified_users"))}),
      COALESCE(r.region, ${Prisma.raw(lastGiven("region"))}, ${bound(tx, options.reportRegion)}), g.as_of, 'new'
    FROM (SELECT org_id, MAX(seq) AS seq, MAX(calculated_at) AS as_of FROM import_rows GROUP BY org_id) g
    JOIN import_rows r ON r.org_id = g.org_id AND r.seq = g.seq`);
  // An older report only moves the first-seen date back ("moved"); a newer one may change figures.
  await run(Prisma.sql`UPDATE import_customers SET state = CASE
      WHEN c.as_of IS NOT NULL AND import_customers.as_of < c.as_of THEN CASE WHEN c.added_at > ${firstSeen} THEN 'moved' ELSE 'same' END
      WHEN c.name <> import_customers.name
        OR (import_customers.total_users IS NOT NULL AND c.total_users IS DISTINCT FROM import_customers.total_users)
        OR (import_customers.verified_users IS NOT NULL AND c.verified_users IS DISTINCT FROM import_customers.verified_users)
        OR (import_customers.region IS NOT NULL AND c.region <> import_customers.region) THEN 'changed'
      ELSE 'same' END
    FROM customers c WHERE c.id = import_customers.id`);

  await run(Prisma.sql`INSERT INTO import_subscriptions (id, customer_id, type, status, end_at, auto_renew, as_of, seq, state)
    SELECT r.subscription_id, r.org_id, r.type, r.status, r.end_at, r.auto_renew, r.calculated_at, r.seq, 'new'
    FROM (SELECT subscription_id, MAX(seq) AS seq FROM import_rows GROUP BY subscription_id) g JOIN import_rows r ON r.seq = g.seq`);
  // An older report fills history only: neither the subscription nor its lines change.
  await run(Prisma.sql`UPDATE import_subscriptions SET old_customer_id = s.customer_id, state = CASE
      WHEN s.as_of IS NOT NULL AND import_subscriptions.as_of < s.as_of THEN CASE WHEN s.start_at > ${firstSeen} THEN 'older-moved' ELSE 'older' END
      WHEN s.customer_id <> import_subscriptions.customer_id OR s.type <> import_subscriptions.type OR s.status <> import_subscriptions.status
        OR s.auto_renew <> import_subscriptions.auto_renew OR s.end_at IS DISTINCT FROM import_subscriptions.end_at THEN 'changed'
      ELSE 'same' END
    FROM subscriptions s WHERE s.id = import_subscriptions.id`);
  await run(Prisma.sql`INSERT INTO import_sub_lines (subscription_id, product, family, total, assigned, used, state)
    SELECT l.subscription_id, l.product, l.family, l.total, l.assigned, l.used, 'new'
    FROM import_lines l JOIN import_subscriptions s ON s.id = l.subscription_id AND s.seq = l.seq
    WHERE s.state NOT IN ('older', 'older-moved')`);
  await run(Prisma.sql`UPDATE import_sub_lines SET state = CASE
      WHEN ll.total = import_sub_lines.total AND ll.assigned = import_sub_lines.assigned AND ll.used = import_sub_lines.used THEN 'same' ELSE 'changed' END
    FROM license_lines ll WHERE ll.subscription_id = import_sub_lines.subscription_id AND ll.product = import_sub_lines.product`);
  await run(Prisma.sql`UPDATE import_subscriptions SET state = 'changed-lines' WHERE state = 'same'
    AND EXISTS (SELECT 1 FROM import_sub_lines l WHERE l.subscription_id = import_subscriptions.id AND l.state <> 'same')`);

  // Everything is compared; now the store's write lock is needed (SQLite).
  await run(Prisma.sql`UPDATE customers SET name = i.name, name_key = i.name_key, total_users = COALESCE(i.total_users, customers.total_users),
      verified_users = COALESCE(i.verified_users, customers.verified_users), region = COALESCE(i.region, customers.region), updated_at = ${now}
    FROM import_customers i WHERE i.id = customers.id AND i.state = 'changed'`);
  await run(Prisma.sql`UPDATE customers SET added_at = ${firstSeen}, updated_at = ${now} FROM import_customers i WHERE i.id = customers.id AND i.state = 'moved'`);
  await run(Prisma.sql`INSERT INTO customers (id, name, name_key, region, added_at, total_users, verified_users, updated_at, as_of)
    SELECT id, name, name_key, COALESCE(region, ${bound(tx, options.region)}), ${firstSeen}, total_users, verified_users, ${now}, as_of FROM import_customers WHERE state = 'new' ORDER BY id`);
  await run(Prisma.sql`UPDATE customers SET as_of = i.as_of FROM import_customers i
    WHERE i.id = customers.id AND i.state <> 'new' AND (customers.as_of IS NULL OR customers.as_of < i.as_of)`);

  await run(Prisma.sql`UPDATE subscriptions SET customer_id = i.customer_id, type = i.type, status = i.status, end_at = i.end_at, auto_renew = i.auto_renew, updated_at = ${now}
    FROM import_subscriptions i WHERE i.id = subscriptions.id AND i.state = 'changed'`);
  await run(Prisma.sql`UPDATE subscriptions SET start_at = ${firstSeen}, updated_at = ${now} FROM import_subscriptions i WHERE i.id = subscriptions.id AND i.state = 'older-moved'`);
  await run(Prisma.sql`INSERT INTO subscriptions (id, customer_id, type, status, start_at, end_at, auto_renew, updated_at, as_of)
    SELECT id, customer_id, type, status, ${firstSeen}, end_at, auto_renew, ${now}, as_of FROM import_subscriptions WHERE state = 'new' ORDER BY id`);
  await run(Prisma.sql`INSERT INTO license_lines (subscription_id, product, family, total, assigned, used)
    SELECT subscription_id, product, family, total, assigned, used FROM import_sub_lines WHERE state = 'new' ORDER BY subscription_id, product`);
  await run(Prisma.sql`UPDATE license_lines SET total = i.total, assigned = i.assigned, used = i.used
    FROM import_sub_lines i WHERE i.subscription_id = license_lines.subscription_id AND i.product = license_lines.product AND i.state = 'changed'`);
  await run(Prisma.sql`UPDATE subscriptions SET as_of = i.as_of FROM import_subscriptions i
    WHERE i.id = subscriptions.id AND i.state <> 'new' AND (subscriptions.as_of IS NULL OR subscriptions.as_of < i.as_of)`);

  return { ...(await countsOf(tx)), reportDate };
}

const TOUCHED_SQL = `
    SELECT id FROM import_customers WHERE state <> 'same'
    UNION SELECT old_customer_id FROM import_subscriptions WHERE state = 'older-moved' OR (state = 'changed' AND old_customer_id <> customer_id)
    UNION SELECT customer_id FROM import_subscriptions WHERE state IN ('new', 'changed', 'changed-lines')`;

/** How many customers the landing changed (touchedCustomers), without reading them out. */
export async function touchedCount(tx: Tx): Promise<number> {
  const [row] = await tx.$queryRawUnsafe<Array<{ n: unknown }>>(`SELECT COUNT(*) AS n FROM (${TOUCHED_SQL}) t`);
  return num(row?.n);
}

async function countsOf(tx: Tx): Promise<{ customers: Counts; subscriptions: Counts; keptNewer: number }> {
  const customers = zeroCounts();
  for (const { state, n } of await tx.$queryRawUnsafe<Array<{ state: string; n: unknown }>>("SELECT state, COUNT(*) AS n FROM import_customers GROUP BY state")) {
    if (state === "new") customers.created += num(n);
    else if (state === "same") customers.unchanged += num(n);
    else customers.updated += num(n);
  }
  const subscriptions = zeroCounts();
  let keptNewer = 0;
  for (const { state, n } of await tx.$queryRawUnsafe<Array<{ state: string; n: unknown }>>("SELECT state, COUNT(*) AS n FROM import_subscriptions GROUP BY state")) {
    if (state === "new") subscriptions.created += num(n);
    else if (state === "same" || state === "older") subscriptions.unchanged += num(n);
    else subscriptions.updated += num(n);
    if (state === "older" || state === "older-moved") keptNewer += num(n);
  }
  return { customers, subscriptions, keptNewer };
}

/** Customers whose rollups the landing changed: written ones, and both ends of a moved subscription. */
export async function touchedCustomers(tx: Tx): Promise<string[]> {
  const rows = await tx.$queryRawUnsafe<Array<{ id: string }>>(TOUCHED_SQL);
  return rows.map((r) => String(r.id));
}
