// A space's alert settings (spaces.alerts_enabled, alert_thresholds, alert_time, time_zone),
// read and changed by the `alerts` command and read by the scheduler.
import type { Db } from "../store/client.js";
import { storedThresholds } from "./thresholds.js";

export interface AlertSettings {
  enabled: boolean;
  thresholds: number[];
  time: string;
  timeZone: string;
  /** Whether alerts can reach this space: a direct space needs its owner recorded (audience.ts). */
  hasAudience: boolean;
}

export async function alertSettings(db: Db, spaceId: string): Promise<AlertSettings | undefined> {
  const space = await db.space.findUnique({ where: { id: spaceId } });
  if (!space) return undefined;
  return {
    enabled: space.alertsEnabled, thresholds: storedThresholds(space.alertThresholds), time: space.alertTime, timeZone: space.timeZone,
    hasAudience: space.type === "group" || Boolean(space.enabledBy),
  };
}

export type AlertSettingsChange =
  | { kind: "enabled"; enabled: boolean }
  | { kind: "thresholds"; thresholds: number[] }
  | { kind: "time"; time: string; timeZone?: string };

/** Applies `change`; in a direct space the admin who changes alerts is recorded as its owner. */
export async function changeAlertSettings(db: Db, space: { id: string; type: string }, change: AlertSettingsChange, by: string): Promise<void> {
  const owner = space.type === "direct" ? { enabledBy: by } : {};
  const data =
    change.kind === "enabled" ? { alertsEnabled: change.enabled }
    : change.kind === "thresholds" ? { alertThresholds: change.thresholds.join(",") }
    : { alertTime: change.time, ...(change.timeZone ? { timeZone: change.timeZone } : {}) };
  await db.space.update({ where: { id: space.id }, data: { ...data, ...owner } });
}
