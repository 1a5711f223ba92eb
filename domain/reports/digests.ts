// Cards a schedule can post instead of a CSV report: `today` and `changes`. They go through the
// same report_schedules rows, scheduler and once-only run ledger; the template column holds the
// digest's id.
export const DIGESTS = [
  { id: "today", words: ["today", "brief"] },
  { id: "changes", words: ["changes", "changed", "digest"] },
] as const;
export type DigestId = (typeof DIGESTS)[number]["id"];

export function findDigest(word: string): DigestId | undefined {
  const wanted = word.trim().toLowerCase();
  return DIGESTS.find((d) => d.id === wanted || (d.words as readonly string[]).includes(wanted))?.id;
}

/** How far a scheduled `changes` looks back: since the previous post. */
export function changeDaysOf(frequency: "daily" | "weekly" | "monthly"): number {
  return frequency === "daily" ? 1 : frequency === "weekly" ? 7 : 30;
}
