// Newest wins: a report's figures replace the store's only when the report was calculated on or
// after the date of the figures already there (customers.as_of, subscriptions.as_of; a
// subscription's license lines go with it). An older report imported later adds what the store
// lacks (customers and subscriptions it has never seen, first-seen dates moved back to when the
// report already listed them; the dated history other writers keep) and changes nothing newer. A row without as_of (written before this rule, or by the seed) is
// treated as older than any report.
import { Prisma } from "../../prisma/generated/sqlite/client.js";
import { clientEngine, storedValue } from "../store/engine.js";
import type { Tx } from "./tx.js";

/** The report (calculated at `reportDate`) is older than the figures stored as of `storedAsOf`. */
export function isOlder(reportDate: Date, storedAsOf: Date | null): boolean {
  return storedAsOf !== null && reportDate.getTime() < storedAsOf.getTime();
}

/**
 * Sets as_of of the rows of `table` named in `asOf` (id -> the calculation date of their row in
 * the report), never moving a date backwards. One statement per date and 10,000 ids.
 */
export async function stampAsOf(tx: Tx, table: "customers" | "subscriptions", asOf: ReadonlyMap<string, Date>): Promise<void> {
  const engine = clientEngine(tx);
  const byDate = new Map<number, string[]>();
  for (const [id, date] of asOf) {
    const ids = byDate.get(date.getTime()) ?? [];
    ids.push(id);
    byDate.set(date.getTime(), ids);
  }
  const ts = engine === "postgres" ? "::timestamp(3)" : "";
  const list = engine === "postgres" ? "SELECT json_array_elements_text(" : "SELECT value FROM json_each(";
  const cast = engine === "postgres" ? "::json" : "";
  for (const [time, ids] of byDate) {
    const at = storedValue(new Date(time), engine);
    for (let i = 0; i < ids.length; i += 10_000) {
      const chunk = JSON.stringify(ids.slice(i, i + 10_000));
      await tx.$executeRaw(Prisma.sql`UPDATE ${Prisma.raw(table)} SET as_of = ${at}${Prisma.raw(ts)}
        WHERE id IN (${Prisma.raw(list)}${chunk}${Prisma.raw(cast)})) AND (as_of IS NULL OR as_of < ${at}${Prisma.raw(ts)})`);
    }
  }
}
