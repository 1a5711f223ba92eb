// A filter as the user would type it again (status:expiringSoon region:EU): shown on cards so
// that a reader knows what the numbers cover.
import type { CustomerFilter } from "../../domain/analytics/filter.js";
import type { Translate } from "../../domain/i18n/catalogue.js";

export function describeFilter(filter: CustomerFilter, t: Translate): string | undefined {
  const words: string[] = [];
  if (filter.statuses) words.push(`status:${filter.statuses.map((s) => t(`status.${s}`)).join(",")}`);
  if (filter.product) words.push(`product:${filter.product}`);
  if (filter.subscriptionType) words.push(`type:${filter.subscriptionType}`);
  if (filter.region) words.push(`region:${filter.region}`);
  if (filter.tags) words.push(`tag:${filter.tags.names.join(filter.tags.match === "all" ? "+" : ",")}`);
  if (filter.managedBy) words.push(`managed:${filter.managedBy}`);
  return words.length ? words.join(" ") : undefined;
}
