// Assigning and removing a custom tag, with its audit_log entry, in one transaction. A tag
// assigned for the first time is created; removing its last assignment keeps the tag (Partner
// Hub keeps tags until someone deletes them).
import { nameKeyOf } from "../text.js";
import { refreshCustomerRollups } from "../analytics/rollups.js";
import type { Clock } from "../clock.js";
import type { Db } from "../store/client.js";

export type TagChangeResult = { change: "assigned" | "alreadyAssigned" | "removed" | "notAssigned" | "unknownTag"; tag: string; tags: string[] };


type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

async function findTag(tx: Tx, name: string) {
  return tx.tag.findFirst({ where: { nameKey: nameKeyOf(name) }, orderBy: { id: "asc" } });
}

async function tagsOf(tx: Tx, customerId: string): Promise<string[]> {
  const rows = await tx.tagAssignment.findMany({ where: { customerId }, include: { tag: true } });
  return rows.map((r) => r.tag.name).sort((a, b) => a.localeCompare(b));
}

export async function changeTag(
  db: Db,
  clock: Clock,
  input: { actor: string; customerId: string; tag: string; mode: "assign" | "remove" },
): Promise<TagChangeResult> {
  const name = input.tag.trim().replace(/\s+/g, " ");
  return db.$transaction(async (tx) => {
    const now = clock.now();
    let tag = await findTag(tx, name);
    if (input.mode === "remove") {
      if (!tag) return { change: "unknownTag", tag: name, tags: await tagsOf(tx, input.customerId) };
      const removed = await tx.tagAssignment.deleteMany({ where: { tagId: tag.id, customerId: input.customerId } });
      if (removed.count === 0) return { change: "notAssigned", tag: tag.name, tags: await tagsOf(tx, input.customerId) };
      await tx.auditLog.create({ data: { at: now, actor: input.actor, action: "tag.remove", target: input.customerId, detail: JSON.stringify({ tag: tag.name }) } });
      await refreshCustomerRollups(tx, [input.customerId]);
      return { change: "removed", tag: tag.name, tags: await tagsOf(tx, input.customerId) };
    }
    if (!tag) {
      tag = await tx.tag.create({ data: { name, nameKey: nameKeyOf(name), createdBy: input.actor, createdAt: now } });
      await tx.auditLog.create({ data: { at: now, actor: input.actor, action: "tag.create", target: tag.name, detail: "{}" } });
    }
    const existing = await tx.tagAssignment.findUnique({ where: { tagId_customerId: { tagId: tag.id, customerId: input.customerId } } });
    if (existing) return { change: "alreadyAssigned", tag: tag.name, tags: await tagsOf(tx, input.customerId) };
    await tx.tagAssignment.create({ data: { tagId: tag.id, customerId: input.customerId, assignedBy: input.actor, assignedAt: now } });
    await tx.auditLog.create({ data: { at: now, actor: input.actor, action: "tag.assign", target: input.customerId, detail: JSON.stringify({ tag: tag.name }) } });
    await refreshCustomerRollups(tx, [input.customerId]);
    return { change: "assigned", tag: tag.name, tags: await tagsOf(tx, input.customerId) };
  });
}
