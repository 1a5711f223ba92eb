// Who is asking, and what they may see. A partner admin is known to the store (the roster:
// imported, synced, or set with PARTNER_ADMINS); anyone else is a stranger and sees no data.
import type { Db } from "../store/client.js";
import { driverOf } from "../store/driver.js";
import { MANAGING_ROLES, ROLES, type Role } from "../model.js";

export { seesAllCustomers } from "./customerAccess.js";

export interface Viewer {
  adminId: number;
  email: string;
  role: Role;
}

export const mayManage = (viewer: Viewer): boolean => MANAGING_ROLES.includes(viewer.role);

/** Every event asks: through the driver's cached statement (domain/store/driver.ts), not Prisma. */
export async function resolveViewer(db: Db, email: string): Promise<Viewer | null> {
  const [admin] = await driverOf(db).all<{ id: number | bigint; email: string; role: string }>(
    "SELECT id, email, role FROM partner_admins WHERE email = ?", [email.toLowerCase()],
  );
  if (!admin || !(ROLES as readonly string[]).includes(admin.role)) return null;
  return { adminId: Number(admin.id), email: admin.email, role: admin.role as Role };
}

/**
 * Makes the roster agree with PARTNER_ADMINS: listed admins are created or get the listed role.
 * Admins that came from imports or sync are left alone; an admin the setting no longer lists
 * loses access only if the setting is where they came from.
 */
export async function applyAdminSetting(db: Db, admins: ReadonlyArray<{ email: string; role: Role }>): Promise<void> {
  const listed = new Set(admins.map((a) => a.email.toLowerCase()));
  await db.$transaction(async (tx) => {
    for (const admin of admins) {
      const email = admin.email.toLowerCase();
      await tx.partnerAdmin.upsert({
        where: { email },
        create: { email, role: admin.role, source: "env" },
        update: { role: admin.role },
      });
    }
    const stale = await tx.partnerAdmin.findMany({ where: { source: "env" }, select: { id: true, email: true } });
    const removed = stale.filter((a) => !listed.has(a.email)).map((a) => a.id);
    if (removed.length) await tx.partnerAdmin.deleteMany({ where: { id: { in: removed } } });
  });
}
