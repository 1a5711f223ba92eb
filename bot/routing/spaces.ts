// The spaces the bot serves and their settings, created the first time the bot hears from one.
import type { Db } from "../../domain/store/client.js";
import { LANGUAGES, type Language } from "../../domain/i18n/catalogue.js";
import type { SpaceSettings } from "./types.js";

function toSettings(row: { id: string; type: string; enabled: boolean; language: string; region: string; timeZone: string }): SpaceSettings {
  const language = (LANGUAGES as readonly string[]).includes(row.language) ? (row.language as Language) : "en";
  return { id: row.id, type: row.type === "group" ? "group" : "direct", enabled: row.enabled, language, region: row.region, timeZone: row.timeZone };
}

export async function ensureSpace(db: Db, roomId: string, roomType: "direct" | "group", timeZone: string, title?: string): Promise<SpaceSettings> {
  const existing = await db.space.findUnique({ where: { id: roomId } });
  if (existing) return toSettings(existing);
  // A direct space is a conversation with one admin: there is nobody else to protect data from.
  const create = { id: roomId, type: roomType, title: title ?? null, enabled: roomType === "direct", timeZone };
  try {
    return toSettings(await db.space.upsert({ where: { id: roomId }, create, update: {} }));
  } catch (error) {
    // Two events of a new space handled at once (the inbox's workers, other instances): Prisma's
    // upsert is not atomic, so the loser sees P2002 and reads what the winner wrote.
    if ((error as { code?: string }).code !== "P2002") throw error;
    return toSettings(await db.space.findUniqueOrThrow({ where: { id: roomId } }));
  }
}

export async function setSpaceEnabled(db: Db, roomId: string, enabled: boolean, by: string): Promise<void> {
  await db.space.update({ where: { id: roomId }, data: { enabled, enabledBy: enabled ? by : null } });
}
