// Partner administrators and their roles: the whole roster, or those assigned to one customer.
import type { Translate } from "../domain/i18n/catalogue.js";
import type { Page } from "../domain/analytics/types.js";
import { submitAction, type CardReply } from "./elements.js";
import { formatNumber, roleLabel, type CardLocale } from "./format.js";
import { tablePageCard, type Grid } from "./tablePage.js";
import { customerShow, type ActionData } from "./actions.js";
import type { AdminRow } from "../domain/partner/adminRoster.js";
export type { AdminRow };

/** Name | email | role, and on the roster how many customers each is assigned. */
function adminGrid(t: Translate, withCount: boolean): Grid {
  const header = [t("admins.column.admin"), t("admins.column.email"), t("admins.column.role")];
  return withCount ? { header: [...header, t("admins.column.customers")], widths: [3, 4, 3, 2] } : { header, widths: [3, 4, 3] };
}

export interface AdminsView {
  page: Page<AdminRow>;
  pageAction: (page: number) => ActionData;
}

export function adminsCard(view: AdminsView, t: Translate, locale: CardLocale): CardReply {
  return tablePageCard({
    title: t("admins.title", { total: view.page.total }),
    rows: view.page.rows.map((a) => ({
      title: a.displayName ?? a.email,
      detail: t("admins.assignedCount", { name: a.email, role: roleLabel(a.role, t), count: formatNumber(a.assignedCustomers, locale, t) }),
      gridCells: [{ text: a.email }, { text: roleLabel(a.role, t) }, { text: formatNumber(a.assignedCustomers, locale, t) }],
    })),
    grid: adminGrid(t, true),
    page: view.page.page,
    pageCount: view.page.pageCount,
    pageAction: view.pageAction,
    empty: t("common.none"),
    note: t("admins.orgWideNote"),
  }, t);
}

export interface CustomerAdminsView {
  customerId: string;
  customerName: string;
  admins: ReadonlyArray<{ email: string; displayName: string | null; role: string }>;
}

export function customerAdminsCard(view: CustomerAdminsView, t: Translate): CardReply {
  return tablePageCard({
    title: t("admins.customerTitle", { customer: view.customerName }),
    rows: view.admins.map((a) => ({
      title: a.displayName ?? a.email,
      detail: t("admins.row", { name: a.email, role: roleLabel(a.role, t) }),
      gridCells: [{ text: a.email }, { text: roleLabel(a.role, t) }],
    })),
    grid: adminGrid(t, false),
    page: 1,
    pageCount: 1,
    empty: t("admins.noneAssigned", { customer: view.customerName }),
    note: t("admins.orgWideNote"),
    actions: [submitAction(t("subscription.backToCustomer", { name: view.customerName }), customerShow.data({ customerId: view.customerId }))],
  }, t);
}
