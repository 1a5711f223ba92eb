// A space's alert thresholds: days before a subscription or trial ends at which the space is
// warned (spaces.alert_thresholds, "90,30,7,1" by default).
import { z } from "zod";

export const DEFAULT_THRESHOLDS = [90, 30, 7, 1] as const;

export const thresholdsSchema = z.string()
  .transform((text) => text.split(",").map((part) => part.trim()).filter(Boolean))
  .pipe(z.array(z.string().regex(/^\d+$/, { message: "commandArg.thresholds" })
    .transform(Number).pipe(z.number().int().min(1, { message: "commandArg.thresholdRange" }).max(365, { message: "commandArg.thresholdRange" })))
    .min(1, { message: "commandArg.thresholdCount" }).max(10, { message: "commandArg.thresholdCount" }))
  .transform((days) => [...new Set(days)].sort((a, b) => b - a));

/** The stored thresholds, largest first; the defaults when the stored text is unusable. */
export function storedThresholds(text: string): number[] {
  const parsed = thresholdsSchema.safeParse(text);
  return parsed.success ? parsed.data : [...DEFAULT_THRESHOLDS];
}

/** The smallest threshold `daysLeft` has reached, if any: the one a warning is about. */
export function crossedThreshold(thresholds: readonly number[], daysLeft: number): number | undefined {
  const reached = thresholds.filter((t) => daysLeft <= t);
  return reached.length ? Math.min(...reached) : undefined;
}
