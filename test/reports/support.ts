// What the report tests share: the test clock's "now", a full administrator, and a template by id.
import { findTemplate, type ReportTemplate } from "../../domain/reports/templates.js";
import type { Viewer } from "../../domain/analytics/filter.js";

export const NOW = new Date("2026-11-23T10:00:00Z");
export const FULL: Viewer = { email: "ana@partner.example", role: "full", adminId: null };

export function template(id: string): ReportTemplate {
  const found = findTemplate(id);
  if (found?.kind !== "report") throw new Error(`no template ${id}`);
  return found.template;
}
