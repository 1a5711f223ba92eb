// "Subscription details" report: one row per subscription of a customer, with licenses of
// Meetings, Calling Professional and Calling Standard (available = bought, assigned, used).
import { z } from "zod";
import { ownEntry } from "../../text.js";
import { cellsFor, optionalText, optionalYesNo, orgId, requiredText, type Cells } from "../cells.js";
import { DEFAULT_DIALECT } from "../dialect.js";
import { regionOfCode } from "../../regionCodes.js";
import type { Region } from "../../model.js";
import { col, type KindSpec } from "../columns.js";
import type { Expectation } from "../types.js";

const LICENSE_PRODUCTS = [
  ["meetings", "Meetings License", "Meetings"],
  ["calling_professional", "Calling Professional License", "Calling Professional"],
  ["calling_standard", "Calling Standard License", "Calling Standard"],
] as const;

const licenseColumns = LICENSE_PRODUCTS.flatMap(([product, label, short]) =>
  (["Available", "Assigned", "Used"] as const).map((part) =>
    col(`${product}.${part.toLowerCase()}`, false, `${label} (${part})`, `${short} (${part})`),
  ),
);

export const subscriptionDetailsColumns = [
  col("calculationDate", true, "Calculation Date", "Report Date"),
  col("customerName", true, "Customer Name", "Customer"),
  col("orgId", true, "User Org ID", "Customer Org ID", "Org ID", "Organization ID"),
  col("status", true, "Subscription Status"),
  col("subscriptionId", true, "Subscription ID"),
  col("type", false, "Subscription Type"),
  col("totalUsers", false, "Total Users in Org", "Total Users"),
  col("verifiedUsers", false, "Total Verified Users", "Verified Users"),
  col("autoRenew", false, "Auto-Renew Enabled", "Auto Renew Enabled", "Auto-Renew"),
  col("endAt", false, "Expiration/Renewal Date", "Expiration / Renewal Date", "Expiration Date", "Renewal Date"),
  ...licenseColumns,
  // Not in Partner Hub's export today (so not in its header below); a file that carries the
  // org's data region lands the customer there.
  col("region", false, "Region", "Data Region", "Data Location", "Customer Region"),
];

const STATUS_WORDS: Record<string, "active" | "expired" | "suspended" | "pending_setup" | "cancelled"> = {
  active: "active", activo: "active", aktywna: "active", actif: "active", ativo: "active", aktiv: "active",
  expired: "expired", caducado: "expired", wygasła: "expired", expiré: "expired", expirado: "expired", abgelaufen: "expired",
  suspended: "suspended", "pending setup": "pending_setup", "ready for order setup": "pending_setup", provisioning: "pending_setup",
  cancelled: "cancelled", canceled: "cancelled",
};

const status = z.string().transform((s, ctx) => {
  const found = ownEntry(STATUS_WORDS, s.trim().toLowerCase());
  if (found) return found;
  ctx.addIssue({ code: "custom", message: "subscriptionStatus" satisfies Expectation });
  return z.NEVER;
});

/** A data region in any guide's spelling (US, CA, EU/UE, UAE/VAE/ZEA/EAU); blank is "not given". */
export const optionalRegion = z.string().transform((s, ctx): Region | null => {
  if (s.trim() === "") return null;
  const region = regionOfCode(s);
  if (region) return region;
  ctx.addIssue({ code: "custom", message: "region" satisfies Expectation });
  return z.NEVER;
});

// Per product, the keys of its three columns, built once rather than for every row.
const LICENSE_KEYS = LICENSE_PRODUCTS.map(([product]) => [product, `${product}.available`, `${product}.assigned`, `${product}.used`] as const);

/** The products a row gives any figure for; a blank figure beside a given one is 0. */
function licensesOf(r: Readonly<Record<string, number | null>>) {
  const licenses: Array<{ product: (typeof LICENSE_PRODUCTS)[number][0]; total: number; assigned: number; used: number }> = [];
  for (const [product, available, assigned, used] of LICENSE_KEYS) {
    const [t, a, u] = [r[available] ?? null, r[assigned] ?? null, r[used] ?? null];
    if (t !== null || a !== null || u !== null) licenses.push({ product, total: t ?? 0, assigned: a ?? 0, used: u ?? 0 });
  }
  return licenses;
}

const TRIAL_WORDS = /trial|prueba|próbn|essai|teste|test/i;

const rowOf = (c: Cells) => {
  const licenseShape = Object.fromEntries(licenseColumns.map((l) => [l.key, c.optionalCount])) as Record<string, Cells["optionalCount"]>;

  return z
    .object({
      calculationDate: c.date,
      customerName: requiredText,
      orgId,
      status,
      subscriptionId: requiredText,
      type: optionalText.transform((t) => (t && TRIAL_WORDS.test(t) ? "trial" : "subscription") as "trial" | "subscription"),
      totalUsers: c.optionalCount,
      verifiedUsers: c.optionalCount,
      autoRenew: optionalYesNo.transform((v) => v ?? false),
      endAt: c.optionalDate,
      region: optionalRegion,
      ...licenseShape,
    })
    .transform((r) => ({
      calculationDate: r.calculationDate,
      customerName: r.customerName,
      orgId: r.orgId,
      status: r.status,
      subscriptionId: r.subscriptionId,
      type: r.type,
      totalUsers: r.totalUsers,
      verifiedUsers: r.verifiedUsers,
      autoRenew: r.autoRenew,
      endAt: r.endAt,
      region: r.region,
      licenses: licensesOf(r as unknown as Record<string, number | null>),
    }));
};

export type SubscriptionDetailsRow = z.output<ReturnType<typeof rowOf>>;

export const subscriptionDetails: KindSpec<SubscriptionDetailsRow> = {
  kind: "subscription-details",
  columns: subscriptionDetailsColumns,
  row: rowOf(cellsFor(DEFAULT_DIALECT)) as unknown as z.ZodType<SubscriptionDetailsRow, Record<string, string>>,
  rowFor: (cells) => rowOf(cells) as unknown as z.ZodType<SubscriptionDetailsRow, Record<string, string>>,
};

/** Kept for the sandbox and fixtures: the header row Partner Hub writes. */
export const SUBSCRIPTION_DETAILS_HEADER = subscriptionDetailsColumns.filter((c) => c.key !== "region").map((c) => c.headers[0]!);
