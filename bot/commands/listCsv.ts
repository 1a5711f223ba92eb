// "All N as CSV" under a paged list: the report of the same question (same filter, same
// family), posted as a file like `report` posts it, so the rest of a long list is one click away.
import { customersCsv, sectionCsv, type SectionKind } from "../../cards/actions.js";
import { findTemplate } from "../../domain/reports/templates.js";
import type { CustomerFilter } from "../../domain/analytics/filter.js";
import type { FamilySelection } from "../../domain/analytics/types.js";
import { reportPostedText } from "../../cards/reportPosted.js";
import { generateReport } from "../reports/generateReport.js";
import { defineAction, type HandlerContext, type Reply } from "../routing/types.js";
import { localeOf } from "./context.js";

const SECTION_TEMPLATES: Record<SectionKind, string> = {
  expire: "expiring", renew: "renewing", recent: "recently-added", low: "low-assignment", over: "overage",
};

async function csvReply(ctx: HandlerContext, templateId: string, filter: CustomerFilter, family: FamilySelection): Promise<Reply> {
  const found = findTemplate(templateId);
  if (found?.kind !== "report") return { text: ctx.t("list.csvNotAllowed") };
  const file = await generateReport(found.template, { db: ctx.deps.db, now: ctx.deps.clock.now(), viewer: ctx.viewer, filter, family }, ctx.space.timeZone);
  ctx.log.info({ template: found.template.id, rows: file.rows, bytes: file.bytes }, "list as CSV");
  return {
    text: reportPostedText({ templateId: found.template.id, templateName: found.template.name, rows: file.rows, file: file.name }, ctx.t, localeOf(ctx)),
    file: { name: file.name, contentType: "text/csv", path: file.path },
  };
}

export const sectionCsvAction = defineAction({
  action: sectionCsv,
  allowed: "any-admin",
  run: (ctx, inputs) => csvReply(ctx, SECTION_TEMPLATES[inputs.section], inputs.filter, inputs.family),
});

export const customersCsvAction = defineAction({
  action: customersCsv,
  allowed: "any-admin",
  run: (ctx, inputs) => csvReply(ctx, "subscriptions", inputs.filter, "meetings"),
});
