// Order history of a subscription: the order that created it, changes and renewals since,
// and the cancellation of one that ran out.
import type { Random } from "./random.js";
import type { DemoLicenseLine, DemoOrder, DemoSubscription } from "./rows.js";
import { addDays } from "./time.js";
import { DAY_MS } from "../../domain/clock.js";

const PRODUCT_NAMES: Record<string, string> = {
  meetings: "Webex Meetings",
  calling_professional: "Webex Calling Professional",
  calling_standard: "Webex Calling Standard",
  webinars: "Webex Webinars",
  rtt: "Real-Time Translation",
};

/** Hands out unique order numbers in a rising sequence with gaps, as an ordering system would. */
export function orderNumbers(random: Random): () => string {
  let next = 5_100_000;
  return () => `Ord-${(next += random.int(1, 9))}`;
}

function describeLines(lines: readonly DemoLicenseLine[]): string {
  return lines.map((l) => `${l.total} × ${PRODUCT_NAMES[l.product] ?? l.product}`).join(", ");
}

export function ordersFor(
  random: Random,
  nextOrderId: () => string,
  subscription: DemoSubscription,
  lines: readonly DemoLicenseLine[],
  today: Date,
): DemoOrder[] {
  const placed = (at: Date, kind: string, summary: string): DemoOrder =>
    ({ id: nextOrderId(), subscriptionId: subscription.id, placedAt: at, kind, summary });
  const firstAt = addDays(subscription.startAt, -random.int(2, 20));
  const orders = [placed(firstAt, "new", subscription.type === "trial" ? `Trial: ${describeLines(lines)}` : `New: ${describeLines(lines)}`)];
  if (subscription.type === "trial") return orders;

  const lastAt = Math.min(today.getTime(), subscription.endAt?.getTime() ?? today.getTime());
  const span = lastAt - subscription.startAt.getTime();
  const extra = span > 30 * DAY_MS ? random.int(0, subscription.status === "expired" ? 2 : 3) : 0;
  const times = Array.from({ length: extra }, () => subscription.startAt.getTime() + Math.floor(random.next() * span)).sort((a, b) => a - b);
  for (const at of times) {
    const line = random.pick(lines);
    const kind = subscription.autoRenew && random.chance(0.4) ? "renewal" : "change";
    const summary = kind === "renewal"
      ? `Renewal: ${describeLines(lines)}`
      : `Change: ${PRODUCT_NAMES[line.product] ?? line.product} adjusted to ${line.total}`;
    orders.push(placed(new Date(at), kind, summary));
  }
  if (subscription.status === "expired" && orders.length < 4 && random.chance(0.3) && subscription.endAt) {
    const at = Math.max(subscription.startAt.getTime(), addDays(subscription.endAt, -random.int(5, 40)).getTime());
    orders.push(placed(new Date(at), "cancellation", "Cancellation: not renewed at end of term"));
  }
  return orders;
}
