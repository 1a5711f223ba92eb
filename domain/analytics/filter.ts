// The one filter every customer list, KPI and section accepts, and who is looking. Parsed with
// zod at the edge (command text, card inputs, report settings); a parse error becomes a
// sentence that says which field was wrong and what to type instead.
import { z } from "zod";
import {
  CUSTOMER_STATUSES, MANAGED_BY, PRODUCTS, PRODUCT_FAMILIES, REGIONS, ROLES, SUBSCRIPTION_TYPES,
} from "../model.js";
import type { MessageKey, Translate } from "../i18n/catalogue.js";

/** A filter names at most this many tags, each at most this long (a tag name's own limit). */
export const MAX_FILTER_TAGS = 20;
export const MAX_TAG_CHARACTERS = 80;

const productOrFamily = z.enum([...PRODUCT_FAMILIES, ...Object.keys(PRODUCTS)] as [string, ...string[]]);

export const customerFilterSchema = z.strictObject({
  managedBy: z.enum(MANAGED_BY).optional(),
  /** A family (meetings, calling, other) or one product (calling_professional, ...). */
  product: productOrFamily.optional(),
  /** Customers showing any of these statuses. */
  statuses: z.array(z.enum(CUSTOMER_STATUSES)).min(1).optional(),
  subscriptionType: z.enum(SUBSCRIPTION_TYPES).optional(),
  region: z.enum(REGIONS).optional(),
  tags: z.strictObject({
    names: z.array(z.string().trim().min(1).max(MAX_TAG_CHARACTERS)).min(1).max(MAX_FILTER_TAGS),
    match: z.enum(["any", "all"]).default("any"),
  }).optional(),
});
export type CustomerFilter = z.infer<typeof customerFilterSchema>;

export const viewerSchema = z.object({
  email: z.string().trim().toLowerCase(),
  role: z.enum(ROLES),
  /** partner_admins.id; sales roles without one see no customer. */
  adminId: z.number().int().nullable(),
});
export type Viewer = z.infer<typeof viewerSchema>;

export const pageRequestSchema = z.strictObject({
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(100).default(10),
});
export type PageRequest = z.infer<typeof pageRequestSchema>;
export const FIRST_PAGE: PageRequest = { page: 1, pageSize: 10 };

/** A problem a user can act on: the field, zod's description, and a hint of what to type. */
export interface FilterProblem { field: string; problem: string; hint: MessageKey }
export type Parsed<T> = { ok: true; value: T } | { ok: false, problems: FilterProblem[] };

const HINTS: Record<string, MessageKey> = {
  region: "analytics.filter.region",
  managedBy: "analytics.filter.managedBy",
  product: "analytics.filter.product",
  statuses: "analytics.filter.status",
  subscriptionType: "analytics.filter.subscriptionType",
  tags: "analytics.filter.tags",
  page: "analytics.filter.page",
  pageSize: "analytics.filter.page",
};

function problemsOf(error: z.ZodError): FilterProblem[] {
  return error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.map(String).join(".") : String((issue as { keys?: string[] }).keys?.[0] ?? "filter");
    const hint = HINTS[field.split(".")[0] ?? ""] ?? "analytics.filter.other";
    return { field, problem: issue.message, hint };
  });
}

/** The sentences a user reads for `problems`, one per problem. */
export function describeFilterProblems(problems: readonly FilterProblem[], t: Translate): string[] {
  return problems.map((p) => t("analytics.filter.invalid", { field: p.field, problem: p.problem, hint: t(p.hint) }));
}

/** Parses a filter from untrusted input (a command, a card, a stored report setting). */
export function parseCustomerFilter(input: unknown): Parsed<CustomerFilter> {
  const result = customerFilterSchema.safeParse(input ?? {});
  return result.success ? { ok: true, value: result.data } : { ok: false, problems: problemsOf(result.error) };
}

export function parsePageRequest(input: unknown): Parsed<PageRequest> {
  const result = pageRequestSchema.safeParse(input ?? {});
  return result.success ? { ok: true, value: result.data } : { ok: false, problems: problemsOf(result.error) };
}
