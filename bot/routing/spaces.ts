// The spaces the bot serves and their settings, created the first time the bot hears from one.
import type { Db } from "../../domain/store/client.js";
import { LANGUAGES, type Language } from "../../domain/i18n/catalogue.js";
import type { SpaceSettings } from "./types.js";
import { driverOf } from "../../domain/store/driver.js";
import { bool } from "../../domain/analytics/values.js";

interface SpaceRow { id: string; type: string; enabled: unknown; language: string; region: string; time_zone: string }

function toSettings(row: SpaceRow): SpaceSettings {
  const language = (LANGUAGES as readonly string[]).includes(row.language) ? (row.language as Language) : "en";
  return { id: row.id, type: row.type === "group" ? "group" : "direct", enabled: bool(row.enabled), language, region: row.region, timeZone: row.time_zone };
}

// Every event reads its space: through the driver's cached statements (domain/store/driver.ts).
const SELECT = "SELECT id, type, enabled, language, region, time_zone FROM spaces WHERE id = ?";
// The other settings take the columns' defaults. ON CONFLICT DO NOTHING: two events of a new
// space handled at once (the inbox's workers, other instances) both end up reading one row.
const INSERT = `INSERT INTO spaces (id, type, title, enabled, time_zone, created_at, updated_at)
  VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`;

export async function ensureSpace(db: Db, roomId: string, roomType: "direct" | "group", timeZone: string, title?: string): Promise<SpaceSettings> {
  const driver = driverOf(db);
  const [existing] = await driver.all<SpaceRow>(SELECT, [roomId]);
  if (existing) return toSettings(existing);
  // A direct space is a conversation with one admin: there is nobody else to protect data from.
  const now = new Date();
  await driver.run(INSERT, [roomId, roomType, title ?? null, roomType === "direct", timeZone, now, now]);
  const [created] = await driver.all<SpaceRow>(SELECT, [roomId]);
  if (!created) throw new Error(`space ${roomId} could not be created`);
  return toSettings(created);
}

export async function setSpaceEnabled(db: Db, roomId: string, enabled: boolean, by: string): Promise<void> {
  await db.space.update({ where: { id: roomId }, data: { enabled, enabledBy: enabled ? by : null } });
}
