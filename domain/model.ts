// The vocabulary of the domain, shared by the store, the analytics, the cards and the imports.

export const REGIONS = ["US", "CA", "EU", "UAE"] as const;
export type Region = (typeof REGIONS)[number];

/** Partner Hub's partner administrator roles, as PARTNER_ADMINS spells them. */
export const ROLES = ["full", "admin", "readonly", "sales-full", "sales"] as const;
export type Role = (typeof ROLES)[number];

/** Roles that see every customer; the others (a partner administrator too) see only the customers
 * they provisioned or were assigned to (domain/access/customerAccess.ts). */
export const ORG_WIDE_ROLES: readonly Role[] = ["full", "readonly"];
/**
 * Roles that may change anything: create, assign and remove tags, import, schedule reports, and
 * change a shared space's settings. Partner Hub lets only these two edit tags, and read-only
 * administrators edit nothing; the bot holds every change to the same rule.
 */
export const MANAGING_ROLES: readonly Role[] = ["full", "admin"];

/** Customer statuses, most urgent first: the order the customer list shows them in. */
export const CUSTOMER_STATUSES = [
  "suspended",
  "expired",
  "expiringSoon",
  "licenseOverage",
  "readyForOrderSetup",
  "noRecentActivity",
  "trial",
  "active",
] as const;
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];

export const SUBSCRIPTION_TYPES = ["subscription", "trial"] as const;
export type SubscriptionType = (typeof SUBSCRIPTION_TYPES)[number];

/** The state of one subscription or trial in the store. */
export const SUBSCRIPTION_STATES = ["active", "expired", "suspended", "pending_setup", "cancelled"] as const;
export type SubscriptionState = (typeof SUBSCRIPTION_STATES)[number];

export const MANAGED_BY = ["partner", "external"] as const;
export type ManagedBy = (typeof MANAGED_BY)[number];

/** The analytics toggle of Partner Hub: Meetings or Calling. */
export const PRODUCT_FAMILIES = ["meetings", "calling", "other"] as const;
export type ProductFamily = (typeof PRODUCT_FAMILIES)[number];

/** License products as the subscription details report names them, and their family. */
export const PRODUCTS = {
  meetings: "meetings",
  calling_professional: "calling",
  calling_standard: "calling",
  rtt: "other",
  webinars: "meetings",
} as const satisfies Record<string, ProductFamily>;
export type Product = keyof typeof PRODUCTS;

export function familyOf(product: string): ProductFamily {
  return (PRODUCTS as Record<string, ProductFamily>)[product] ?? "other";
}
