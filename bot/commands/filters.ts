// The filter words every list command accepts (status:, product:, type:, region:, tag:,
// managed:, page:), forgiving about case and common spellings, turned into the analytics'
// CustomerFilter. One definition, so that customers, kpis, the sections and reports agree.
import { z } from "zod";
import { customerFilterSchema, MAX_FILTER_TAGS, MAX_TAG_CHARACTERS, type CustomerFilter } from "../../domain/analytics/filter.js";
import { addProblem, says } from "../../domain/i18n/issue.js";
import { regionOfCode } from "../../domain/regionCodes.js";
import { CUSTOMER_STATUSES, type CustomerStatus } from "../../domain/model.js";

/** What users type for each status (lower-cased, dashes and spaces removed). */
const STATUS_WORDS: Record<string, CustomerStatus> = {
  trial: "trial", trials: "trial",
  active: "active", subscription: "active",
  expiring: "expiringSoon", expiringsoon: "expiringSoon", soon: "expiringSoon",
  overage: "licenseOverage", licenseoverage: "licenseOverage", over: "licenseOverage",
  inactive: "noRecentActivity", norecentactivity: "noRecentActivity", noactivity: "noRecentActivity",
  setup: "readyForOrderSetup", readyfororder: "readyForOrderSetup", readyforordersetup: "readyForOrderSetup",
  suspended: "suspended",
  expired: "expired",
};

const statusList = z
  .string()
  .transform((value) => value.split(",").map((word) => word.trim().toLowerCase().replace(/[\s_-]/g, "")).filter(Boolean))
  .pipe(z.array(z.enum(Object.keys(STATUS_WORDS) as [string, ...string[]], says("commandArg.status"))).min(1, says("commandArg.status")))
  .transform((words) => [...new Set(words.map((w) => STATUS_WORDS[w]!))].sort((a, b) => CUSTOMER_STATUSES.indexOf(a) - CUSTOMER_STATUSES.indexOf(b)));

const lower = <Out>(schema: z.ZodType<Out, string>) => z.string().transform((v) => v.trim().toLowerCase()).pipe(schema);

/** `tag:a,b` is any of the tags, `tag:a+b` all of them. */
function tagNames(typed: string): { names: string[]; match: "any" | "all" } {
  const all = typed.includes("+");
  return { names: typed.split(all ? "+" : ",").map((name) => name.trim()).filter(Boolean), match: all ? "all" : "any" };
}

/** The filter options as typed; each limit of the analytics' filter is checked here, as a sentence. */
export const filterOptionsShape = {
  status: statusList.optional(),
  product: lower(z.enum(["meetings", "calling", "other", "calling_professional", "calling_standard", "rtt", "webinars"], says("commandArg.product"))).optional(),
  type: lower(z.enum(["trial", "subscription"], says("commandArg.subscriptionType"))).optional(),
  // Any guide's code: region:UE in a Spanish space, region:VAE in a German one, region:EU everywhere.
  region: z.string().transform((v, ctx) => regionOfCode(v) ?? addProblem(ctx, "commandArg.region")).optional(),
  tag: z.string().superRefine((value, ctx) => {
    const { names } = tagNames(value);
    if (names.length === 0 || names.some((name) => name.length > MAX_TAG_CHARACTERS)) ctx.addIssue({ code: "custom", message: "commandArg.tag" });
    if (names.length > MAX_FILTER_TAGS) ctx.addIssue({ code: "custom", message: "commandArg.tagCount", params: { max: MAX_FILTER_TAGS } });
  }).optional(),
  managed: lower(z.enum(["external", "partner"], says("commandArg.managed"))).optional(),
  page: z.coerce.number(says("commandArg.page")).int(says("commandArg.page")).min(1, says("commandArg.page")).max(10_000, says("commandArg.page")).optional(),
};

export type FilterOptions = z.infer<z.ZodObject<typeof filterOptionsShape>>;

export function toCustomerFilter(options: FilterOptions): CustomerFilter {
  const filter: CustomerFilter = {};
  if (options.status) filter.statuses = options.status as CustomerStatus[];
  if (options.product) filter.product = options.product;
  if (options.type) filter.subscriptionType = options.type as CustomerFilter["subscriptionType"];
  if (options.region) filter.region = options.region as CustomerFilter["region"];
  if (options.managed) filter.managedBy = options.managed as CustomerFilter["managedBy"];
  if (options.tag) filter.tags = tagNames(options.tag);
  // Validated again by the analytics' own schema: a card can carry a filter back to us.
  return customerFilterSchema.parse(filter);
}

/** A space's default region applies unless the command names one. */
export function withSpaceRegion(filter: CustomerFilter, spaceRegion: string): CustomerFilter {
  if (filter.region || !["US", "CA", "EU", "UAE"].includes(spaceRegion)) return filter;
  return { ...filter, region: spaceRegion as CustomerFilter["region"] };
}
