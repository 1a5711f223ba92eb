// The subscription-analytics sections as commands: `expiring [days]`, `renewing [days]`,
// `recent`, `low-assignment`, `overage` (each with [meetings|calling] and the filters), and the
// one paging action they share. `expiring` and `renewing` also take `both`, their default for a
// partner selling both families, and carry the Both · Meetings · Calling toggle then.
import { aboutToExpireSection, aboutToRenewSection } from "../../domain/analytics/sections/aboutToEnd.js";
import { recentlyAddedSection } from "../../domain/analytics/sections/recentlyAdded.js";
import { lowAssignmentSection } from "../../domain/analytics/sections/lowAssignment.js";
import { overLimitSection } from "../../domain/analytics/sections/overLimit.js";
import { analyticsSettings } from "../../domain/analytics/settings.js";
import type { CustomerFilter } from "../../domain/analytics/filter.js";
import { sectionCsv, sectionPage } from "../../cards/actions.js";
import type { FamilySelection } from "../../domain/analytics/types.js";
import { defaultFamily, familiesSold } from "../../domain/analytics/familiesSold.js";
import type { MessageKey } from "../../domain/i18n/catalogue.js";
import { sectionCard, type SectionData, type SectionKind } from "../../cards/sections.js";
import { defineAction, defineCommand, type CommandSpec, type HandlerContext, type Reply } from "../routing/types.js";
import { analyticsOf, localeOf, pageRequest } from "./context.js";
import { sectionArgs } from "./arguments.js";
import { toCustomerFilter, withSpaceRegion } from "./filters.js";

interface SectionQueryInput { kind: SectionKind; family: FamilySelection | undefined; days: number; filter: CustomerFilter; page: number }

/** The sections with the family toggle (the issue names these two; the others stay one family
 * unless a "both" KPI strip leads to them). */
const TOGGLED: ReadonlySet<SectionKind> = new Set(["expire", "renew"]);

async function sectionData(ctx: HandlerContext, input: SectionQueryInput & { family: FamilySelection }): Promise<SectionData> {
  const analytics = analyticsOf(ctx, analyticsSettings({ sectionWindowDays: input.days }));
  const query = { family: input.family, filter: input.filter, page: pageRequest(input.page) };
  switch (input.kind) {
    case "expire": return { kind: "expire", section: await aboutToExpireSection(analytics, query) };
    case "renew": return { kind: "renew", section: await aboutToRenewSection(analytics, query) };
    case "recent": return { kind: "recent", section: await recentlyAddedSection(analytics, query) };
    case "low": return { kind: "low", section: await lowAssignmentSection(analytics, query) };
    case "over": return { kind: "over", section: await overLimitSection(analytics, query) };
  }
}

export async function sectionReply(ctx: HandlerContext, asked: SectionQueryInput): Promise<Reply> {
  const sold = TOGGLED.has(asked.kind) ? await familiesSold(ctx.deps.db) : [];
  const input = { ...asked, family: asked.family ?? (TOGGLED.has(asked.kind) ? defaultFamily(sold) : "meetings") };
  const data = await sectionData(ctx, input);
  const settings = analyticsSettings({ sectionWindowDays: input.days });
  const question = { section: input.kind, days: input.days, filter: input.filter };
  return sectionCard({
    ...data,
    family: input.family,
    windowDays: input.days,
    percentile: settings.lowAssignmentPercentile,
    minAgeDays: settings.lowAssignmentMinAgeDays,
    pageAction: (page) => sectionPage.data({ ...question, family: input.family, page }),
    csvAction: sectionCsv.data({ ...question, family: input.family }),
    toggle: sold.length > 1 ? { choices: ["both", "meetings", "calling"], data: (family) => sectionPage.data({ ...question, family, page: 1 }) } : undefined,
  }, ctx.t, localeOf(ctx));
}

const DEFAULT_DAYS = analyticsSettings().sectionWindowDays;

function sectionCommand(spec: { kind: SectionKind; name: string; aliases: string[]; summary: MessageKey; withDays: boolean; example: string }): CommandSpec<ReturnType<ReturnType<typeof sectionArgs>["parse"]>> {
  const days = spec.withDays ? " [days]" : "";
  const families = TOGGLED.has(spec.kind) ? "[both|meetings|calling]" : "[meetings|calling]";
  return defineCommand({
    name: spec.name,
    group: "renewals",
    aliases: spec.aliases,
    summary: spec.summary,
    usage: `${spec.name}${days} ${families} [status:…] [product:…] [region:…] [tag:…] [managed:…] [page:N]`,
    example: spec.example,
    args: sectionArgs(spec.withDays, TOGGLED.has(spec.kind)),
    allowed: "any-admin",
    run: (ctx, args) => sectionReply(ctx, {
      kind: spec.kind,
      family: args.family,
      days: args.days ?? DEFAULT_DAYS,
      filter: withSpaceRegion(toCustomerFilter(args.options), ctx.space.region),
      page: args.options.page ?? 1,
    }),
  });
}

export const expiringCommand = sectionCommand({ kind: "expire", name: "expiring", aliases: ["expire", "expiry", "expirations"], summary: "help.summary.expiring", withDays: true, example: "expiring 30 calling" });
export const renewingCommand = sectionCommand({ kind: "renew", name: "renewing", aliases: ["renew", "renewals"], summary: "help.summary.renewing", withDays: true, example: "renewing 60" });
export const recentCommand = sectionCommand({ kind: "recent", name: "recent", aliases: ["new", "added", "recently-added"], summary: "help.summary.recent", withDays: false, example: "recent calling" });
export const lowAssignmentCommand = sectionCommand({ kind: "low", name: "low-assignment", aliases: ["low", "lowassignment", "unassigned"], summary: "help.summary.lowAssignment", withDays: false, example: "low-assignment meetings region:US" });
export const overageCommand = sectionCommand({ kind: "over", name: "overage", aliases: ["over", "over-limit", "overlimit"], summary: "help.summary.overage", withDays: false, example: "overage calling" });

export const sectionPageAction = defineAction({
  action: sectionPage,
  allowed: "any-admin",
  run: (ctx, inputs) => sectionReply(ctx, { kind: inputs.section, family: inputs.family, days: inputs.days, filter: inputs.filter, page: inputs.page }),
});
