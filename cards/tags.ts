// Custom tags: the list (a click lists the customers carrying the tag) and the confirmations
// of tag / untag.
import type { Translate } from "../domain/i18n/catalogue.js";
import type { Page } from "../domain/analytics/types.js";
import { openUrlAction, submitAction, type CardReply } from "./elements.js";
import { formatNumber, partnerHubCustomerUrl, type CardLocale } from "./format.js";
import { sentenceCard } from "./sentence.js";
import { tablePageCard } from "./tablePage.js";
import { customerShow, customersPage, type ActionData } from "./actions.js";
import type { TagRow } from "../domain/partner/tagList.js";
export type { TagRow };

export interface TagsView {
  page: Page<TagRow>;
  pageAction: (page: number) => ActionData;
}

export function tagsCard(view: TagsView, t: Translate, locale: CardLocale): CardReply {
  return tablePageCard({
    title: t("tags.title", { total: view.page.total }),
    rows: view.page.rows.map((tag) => ({
      title: tag.name,
      detail: t("tags.row", { tag: tag.name, count: formatNumber(tag.customers, locale, t) }),
      select: customersPage.data({ filter: { tags: { names: [tag.name], match: "any" } }, page: 1 }),
    })),
    page: view.page.page,
    pageCount: view.page.pageCount,
    pageAction: view.pageAction,
    empty: t("tags.none"),
  }, t);
}

export type TagChange = "assigned" | "alreadyAssigned" | "removed" | "notAssigned" | "unknownTag";

export interface TagChangeView {
  change: TagChange;
  tag: string;
  customerId: string;
  customerName: string;
  /** The customer's tags after the change. */
  tags: string[];
}

export function tagChangeCard(view: TagChangeView, t: Translate): CardReply {
  const sentence = t(`tags.${view.change}`, { tag: view.tag, customer: view.customerName });
  const now = t("tags.nowCarries", { customer: view.customerName, tags: view.tags.join(", ") || t("common.none") });
  return sentenceCard(sentence, [
    submitAction(t("find.show", { customer: view.customerName }), customerShow.data({ customerId: view.customerId })),
    openUrlAction(t("common.openPartnerHub"), partnerHubCustomerUrl(view.customerId)),
  ], [now]);
}
