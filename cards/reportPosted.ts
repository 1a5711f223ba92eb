// The sentence that posts a report file: in the space's language, with the report's name as the
// seeds call it and the row count written the space's way. The file itself keeps Partner Hub's
// English name, headers and values: that is what Partner Hub writes and what imports read.
import { isUserKey, type Translate } from "../domain/i18n/catalogue.js";
import { formatNumber, type CardLocale } from "./format.js";

export interface PostedReport {
  templateId: string;
  /** Partner Hub's English name, for a template without a translated one. */
  templateName: string;
  rows: number;
  file: string;
  /** Set for a scheduled run. */
  scheduleId?: string;
}

export function reportPostedText(report: PostedReport, t: Translate, locale: CardLocale): string {
  const key = `reports.name.${report.templateId}`;
  const params = { template: isUserKey(key) ? t(key) : report.templateName, rows: formatNumber(report.rows, locale, t), file: report.file };
  return report.scheduleId ? t("reports.postedScheduled", { ...params, schedule: report.scheduleId }) : t("reports.posted", params);
}
