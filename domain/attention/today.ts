// `today`: what needs the partner's attention first. Pure: the tiers, the order within each, and
// which slice of which tier a page shows. The queries (domain/store/attentionQueries.ts) count
// each tier and read only the rows a page shows, so a partner of 50,000 customers reads ten.
//
// Most urgent first, tier by tier:
//   0 soon      a subscription or trial ends without auto-renew within 7 calendar days
//   1 suspended a customer newly suspended (in the last 7 days)
//   2 overLimit a subscription assigned more licenses than it bought (largest overage first)
//   3 later     a subscription or trial ends without auto-renew in 8 to 30 calendar days
// Within the ending tiers: soonest first, then most licenses. A customer that needs nothing has
// no row in any tier, so it does not appear.

export const ATTENTION_TIERS = ["soon", "suspended", "overLimit", "later"] as const;
export type AttentionTier = (typeof ATTENTION_TIERS)[number];

/** Calendar days of the tiers, in the space's time zone. */
export const SOON_DAYS = 7;
export const ENDING_DAYS = 30;
/** "Newly" suspended: suspended now, not at the latest snapshot this many days old or older. */
export const NEWLY_SUSPENDED_DAYS = 7;

export type AttentionItem =
  | { kind: "ending"; tier: "soon" | "later"; customerId: string; customerName: string; subscriptionId: string; trial: boolean; endAt: Date; daysLeft: number; licenses: number }
  | { kind: "overLimit"; customerId: string; customerName: string; subscriptionId: string; bought: number; assigned: number }
  | { kind: "suspended"; customerId: string; customerName: string; subscriptions: number };

export type TierCounts = Record<AttentionTier, number>;

export interface TierSlice { tier: AttentionTier; offset: number; limit: number }

/** The slices of the tiers (in tier order) that rows [offset, offset + limit) of the whole ranking fall in. */
export function slicesOf(counts: TierCounts, offset: number, limit: number): TierSlice[] {
  const slices: TierSlice[] = [];
  let start = 0;
  let from = offset;
  let wanted = limit;
  for (const tier of ATTENTION_TIERS) {
    const end = start + counts[tier];
    if (wanted > 0 && from < end) {
      const take = Math.min(wanted, end - from);
      slices.push({ tier, offset: from - start, limit: take });
      from += take;
      wanted -= take;
    }
    start = end;
  }
  return slices;
}

export const totalOf = (counts: TierCounts): number => ATTENTION_TIERS.reduce((n, tier) => n + counts[tier], 0);

/** Whether an item is coloured as urgent: ends within 7 days, or over its limit. */
export const isUrgent = (item: AttentionItem): boolean => (item.kind === "ending" ? item.tier === "soon" : item.kind === "overLimit");

/** Ending items in the order the tier promises: soonest calendar day, then most licenses, then name. */
export function orderEnding<T extends { daysLeft: number; licenses: number; customerName: string; subscriptionId: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.daysLeft - b.daysLeft || b.licenses - a.licenses || a.customerName.localeCompare(b.customerName) || a.subscriptionId.localeCompare(b.subscriptionId));
}
