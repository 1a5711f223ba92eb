// Hand-made subscription details reports a week apart, shared by the `today` and `changes` tests.
import { fixedClock } from "../../domain/clock.js";
import { importReport } from "../../domain/import/index.js";
import type { Db } from "../../domain/store/client.js";
import { subscriptionDetailsCsv, type SubscriptionRowInput } from "../import/support.js";

export const org = (n: number): string => `00000000-0000-4000-8000-${(0xa00 + n).toString(16).padStart(12, "0")}`;

export async function importAt(db: Db, at: string, rows: readonly SubscriptionRowInput[]): Promise<void> {
  const date = at.slice(0, 10);
  const outcome = await importReport({
    db, bytes: subscriptionDetailsCsv(rows.map((r) => ({ calculationDate: date, ...r }))), fileName: `Subscription Details_x_${date}.csv`,
    actor: "ana@partner.example", source: "space", clock: fixedClock(at),
  });
  if (!outcome.ok) throw new Error(`refused: ${outcome.refusal} ${JSON.stringify(outcome.problems)}`);
}
