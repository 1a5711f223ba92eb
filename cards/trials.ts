// Trials in progress, soonest end first; a click opens the trial.
import type { Translate } from "../domain/i18n/catalogue.js";
import type { Page } from "../domain/analytics/types.js";
import type { CardReply } from "./elements.js";
import { formatDate, formatNumber, type CardLocale } from "./format.js";
import { productLabel } from "./contractLabels.js";
import { tablePageCard } from "./tablePage.js";
import { subscriptionShow, type ActionData } from "./actions.js";
import { URGENT_DAYS } from "./sections.js";
import type { TrialRow } from "../domain/partner/trialsInProgress.js";
export type { TrialRow };

export interface TrialsView {
  page: Page<TrialRow>;
  pageAction: (page: number) => ActionData;
}

export function trialsCard(view: TrialsView, t: Translate, locale: CardLocale): CardReply {
  const { page } = view;
  return tablePageCard({
    title: t("trials.title", { total: page.total }),
    rows: page.rows.map((r) => {
      const params = {
        trial: r.trialId,
        start: formatDate(r.startAt, locale, t),
        end: formatDate(r.endAt, locale, t),
        days: formatNumber(r.daysLeft, locale, t),
        products: r.products.map((p) => productLabel(p, t)).join(", ") || t("common.none"),
      };
      return {
        title: r.customerName,
        detail: t(r.endAt ? "trials.row" : "trials.noEndRow", params),
        cells: {
          what: params.products,
          whatNote: r.trialId,
          when: r.endAt ? t("list.when.daysLeft", { days: params.days, date: params.end }) : t("list.when.noEnd"),
          whenUrgent: r.daysLeft !== null && r.daysLeft <= URGENT_DAYS,
          licenses: r.licenses === undefined ? t("common.notApplicable") : formatNumber(r.licenses, locale, t),
        },
        select: subscriptionShow.data({ subscriptionId: r.trialId }),
      };
    }),
    page: page.page,
    pageCount: page.pageCount,
    pageAction: view.pageAction,
    empty: t("trials.none"),
  }, t);
}
