// "Feature used by calls": calls that used each advanced calling feature in the week, partner-wide
// (facts, and a bar picture after the card) and per customer, lowest share of feature calls first.
import type { Translate } from "../../domain/i18n/catalogue.js";
import { CALLING_FEATURES, type FeaturesView } from "../../domain/calling/features.js";
import { formatDate, formatNumber, formatPercent, type CardLocale } from "../format.js";
import { callingCard, weekNote, type ActionData, type CardWithPictures } from "./callingCard.js";

export interface FeaturesCardView {
  features: FeaturesView;
  customerName?: string;
  pageAction?: (page: number) => ActionData;
  switches: ReadonlyArray<{ title: string; data: ActionData }>;
  select?: (customerId: string) => ActionData;
}

export function featuresCard(view: FeaturesCardView, t: Translate, locale: CardLocale): CardWithPictures {
  const { features } = view;
  const n = (value: number) => formatNumber(value, locale, t);
  const week = formatDate(features.week, { ...locale, timeZone: "UTC" }, t);
  const chartTitle = t("calling.features.chartTitle");
  const empty = features.customers === 0;
  const reply = callingCard({
    title: t("calling.features.title", { week }),
    // One customer's card names it under the title: a name, not a sentence to translate.
    notes: [...(view.customerName ? [view.customerName] : []), weekNote(features.week, t, locale)],
    kpis: [
      [t("calling.features.customers"), n(features.customers)],
      [t("calling.kpi.calls"), n(features.totalCalls)],
      ...CALLING_FEATURES.map((feature) => [t(`calling.feature.${feature}`), n(features.counts[feature])] as const),
    ],
    sections: view.customerName ? [] : [{
      title: t("calling.features.customers"),
      rows: features.table.rows.map((r) => ({
        title: r.customerName,
        detail: t("calling.features.row", {
          huntGroup: n(r.counts.huntGroup), autoAttendant: n(r.counts.autoAttendant), callQueue: n(r.counts.callQueue),
          percent: formatPercent(r.featurePercent, locale, t), calls: n(r.totalCalls),
        }),
        select: view.select?.(r.customerId),
      })),
      page: features.table,
    }],
    definitions: [t("calling.features.def"), t("calling.limitations")],
    switches: view.switches,
    pageAction: view.pageAction,
    page: view.customerName ? undefined : features.table,
    empty: empty ? t("calling.features.none") : undefined,
  }, t);
  const picture = {
    kind: "bar" as const, title: chartTitle, caption: t("calling.chart.caption", { title: chartTitle }), language: locale.language,
    categories: CALLING_FEATURES.map((feature) => t(`calling.feature.${feature}`)),
    series: [{ name: t("calling.chart.calls"), values: CALLING_FEATURES.map((feature) => features.counts[feature]) }],
    valuePattern: "{value}", fileName: `calling-features-${features.week.toISOString().slice(0, 10)}.png`,
  };
  return { ...reply, pictures: empty ? [] : [picture] };
}
