// Shared by the import tests: fixture bytes, CSV factories and a snapshot of every table an
// import may write, to prove that a refused file left the store exactly as it was.
import { readFileSync } from "node:fs";
import path from "node:path";
import { zipSync } from "fflate";
import type { Db } from "../../domain/store/client.js";
import { SUBSCRIPTION_DETAILS_HEADER } from "../../domain/import/kinds/subscriptionDetails.js";

export const fixture = (name: string): Buffer => readFileSync(path.resolve(import.meta.dirname, "../fixtures/reports", name));

export interface SubscriptionRowInput {
  calculationDate?: string;
  customerName?: string;
  orgId?: string;
  status?: string;
  subscriptionId?: string;
  type?: string;
  autoRenew?: string;
  endAt?: string;
  meetings?: [number, number, number];
}

let counter = 0;
/** A fresh, valid org id (the report's UUID form). */
export function makeOrgId(): string {
  counter++;
  return `00000000-0000-4000-8000-${counter.toString(16).padStart(12, "0")}`;
}

const quote = (v: string): string => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** A subscription details CSV in Partner Hub's column order. */
export function subscriptionDetailsCsv(rows: readonly SubscriptionRowInput[], { bom = true, eol = "\r\n" } = {}): Buffer {
  const lines = [SUBSCRIPTION_DETAILS_HEADER.join(",")];
  for (const r of rows) {
    const m = r.meetings ?? [10, 5, 2];
    lines.push([
      r.calculationDate ?? "2026-11-20", r.customerName ?? "Factory Org", r.orgId ?? makeOrgId(), r.status ?? "Active",
      r.subscriptionId ?? `Sub-${makeOrgId().slice(-6)}`, r.type ?? "Named User", "10", "9", r.autoRenew ?? "No", r.endAt ?? "2027-01-31",
      String(m[0]), String(m[1]), String(m[2]), "", "", "", "", "", "",
    ].map(quote).join(","));
  }
  return Buffer.from((bom ? "\ufeff" : "") + lines.join(eol) + eol, "utf8");
}

export function zipOf(entries: Record<string, Buffer>): Buffer {
  return Buffer.from(zipSync(Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, new Uint8Array(v)]))));
}

/** Every row of every table an import writes, in a stable order. */
export async function storeSnapshot(db: Db): Promise<unknown> {
  return {
    customers: await db.customer.findMany({ orderBy: { id: "asc" }, omit: { updatedAt: true } }),
    subscriptions: await db.subscription.findMany({ orderBy: { id: "asc" }, omit: { updatedAt: true } }),
    licenseLines: await db.licenseLine.findMany({ orderBy: [{ subscriptionId: "asc" }, { product: "asc" }] }),
    callQueueWeeks: await db.callQueueWeek.findMany({ orderBy: [{ customerId: "asc" }, { weekStart: "asc" }] }),
    callingUsage: await db.callingUsage.findMany({ orderBy: [{ customerId: "asc" }, { location: "asc" }] }),
    tags: await db.tag.findMany({ orderBy: { nameKey: "asc" }, select: { nameKey: true, name: true } }),
    tagAssignments: await db.tagAssignment.findMany({ orderBy: [{ customerId: "asc" }, { tagId: "asc" }], select: { customerId: true, tagId: true } }),
    importBatches: await db.importBatch.count(),
    auditLog: await db.auditLog.count(),
  };
}
