// "License distribution trend" (Tendencia en la distribución de licencias): used, assigned and
// available licenses of Meetings or Calling per week over the last 12 weeks, from the weekly
// snapshots; the seeds' question is whether customers not only assign licenses but use them.
// Available = total - assigned per line, never negative (as the sections count it).
import type { LicenseWeekRow } from "../store/calling/licenseTrendQuery.js";

export interface LicensePoint { total: number; assigned: number; used: number; available: number }

export interface LicenseTrend {
  /** Oldest first; null for a week without a snapshot. */
  weeks: { weekStart: Date; point: LicensePoint | null }[];
  /** The newest week with a snapshot, and the oldest: the change over the trend. */
  latest: (LicensePoint & { weekStart: Date }) | null;
  earliest: (LicensePoint & { weekStart: Date }) | null;
}

export const TREND_WEEKS = 12;

export function licenseTrend(rows: readonly LicenseWeekRow[], weeks: readonly Date[]): LicenseTrend {
  const byWeek = new Map(rows.map((r) => [r.weekStart.getTime(), r]));
  const list = weeks.map((weekStart) => {
    const row = byWeek.get(weekStart.getTime());
    return { weekStart, point: row ? { total: row.total, assigned: row.assigned, used: row.used, available: row.available } : null };
  });
  const present = list.filter((w): w is { weekStart: Date; point: LicensePoint } => w.point !== null);
  const at = (w: { weekStart: Date; point: LicensePoint } | undefined) => (w ? { weekStart: w.weekStart, ...w.point } : null);
  return { weeks: list, latest: at(present.at(-1)), earliest: at(present[0]) };
}
