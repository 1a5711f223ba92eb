// The partner every scheduler test starts from: a full admin, a few customers with
// subscriptions near their end, and a group space for reports and alerts.
import type { Db } from "../../domain/store/client.js";
import { refreshCustomerRollups } from "../../domain/analytics/rollups.js";
import { daysFrom, makeAdmin, makeCustomer, makeSubscription } from "../domain/analytics/factories.js";
import { ANA } from "./harness.js";

export async function seedSchedulingPartner(db: Db, now: Date): Promise<void> {
  await makeAdmin(db, ANA, "full");
  await makeCustomer(db, { id: "c-1", name: '=HYPERLINK("http://x","Click me")', region: "EU" });
  await makeCustomer(db, { id: "c-2", name: "Beta SA", region: "EU" });
  await makeSubscription(db, { id: "s-1", customerId: "c-1", startAt: daysFrom(now, -300), endAt: daysFrom(now, 25), lines: [{ product: "meetings", total: 10, assigned: 4, used: 2 }] });
  await makeSubscription(db, { id: "s-2", customerId: "c-2", startAt: daysFrom(now, -300), endAt: daysFrom(now, 200), lines: [{ product: "meetings", total: 10, assigned: 14, used: 9 }] });
  await refreshCustomerRollups(db);
}

export async function makeSpace(db: Db, roomId: string, over: { alertsEnabled?: boolean; timeZone?: string; alertTime?: string; createdAt?: Date } = {}): Promise<void> {
  await db.space.create({
    data: {
      id: roomId, type: "group", title: "Reports", enabled: true, enabledBy: ANA, timeZone: over.timeZone ?? "Europe/Madrid",
      alertsEnabled: over.alertsEnabled ?? false, alertTime: over.alertTime ?? "09:00", createdAt: over.createdAt ?? new Date("2026-01-01T00:00:00Z"),
    },
  });
}

export async function makeWeeklySchedule(db: Db, id: string, roomId: string, createdAt: Date, over: { time?: string; frequency?: string; dayOfWeek?: number | null } = {}): Promise<void> {
  await db.reportSchedule.create({
    data: {
      id, spaceId: roomId, template: "subscriptions", frequency: over.frequency ?? "weekly", dayOfWeek: over.dayOfWeek === undefined ? 1 : over.dayOfWeek,
      dayOfMonth: null, time: over.time ?? "08:00", timeZone: "Europe/Madrid", filters: "{}", createdBy: ANA, createdAt,
    },
  });
}
