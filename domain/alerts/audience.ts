// Whose customers a space hears about when nobody asked (alerts, and who a space's alerts are
// scoped to). Decision:
// - A group space is a partner team's channel: it hears about every customer, unless the admin
//   who enabled it sees only some customers (a partner administrator or a sales role): their
//   customers then bound it.
// - A direct space belongs to one admin: it hears about what that admin may see. Its owner is
//   recorded in spaces.enabled_by by the `alerts` commands (a direct space is enabled without
//   anyone typing `enable`), so a direct space gets alerts once its admin has said `alerts on`
//   (or set a threshold or time) there.
// - The space's region (spaces.region) narrows both.
import type { Db } from "../store/client.js";
import { resolveViewer } from "../access/viewer.js";
import { REGIONS, type Region } from "../model.js";
import { seesAllCustomers } from "../access/customerAccess.js";
import type { CustomerFilter, Viewer } from "../analytics/filter.js";

export interface SpaceAudience { viewer: Viewer; filter: CustomerFilter }

const PARTNER_WIDE: Viewer = { email: "alerts@partner", role: "readonly", adminId: null };

export async function spaceAudience(db: Db, space: { type: string; enabledBy: string | null; region: string }): Promise<SpaceAudience | undefined> {
  const filter: CustomerFilter = (REGIONS as readonly string[]).includes(space.region) ? { region: space.region as Region } : {};
  const owner = space.enabledBy ? await resolveViewer(db, space.enabledBy) : null;
  if (space.type === "direct") return owner ? { viewer: owner, filter } : undefined;
  if (owner && !seesAllCustomers(owner)) return { viewer: owner, filter };
  return { viewer: PARTNER_WIDE, filter };
}
