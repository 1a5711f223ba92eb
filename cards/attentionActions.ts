// The card actions `today` and `changes` submit, built in one place so that they move to typed
// actions (`action(id, schema)`) in one edit. The handlers in bot/commands/today.ts and
// changes.ts read the same ids.
export const TODAY_PAGE = "today.page";
export const CHANGES_PAGE = "changes.page";
export const CUSTOMER_SHOW = "customer.show";

export const openCustomer = (customerId: string) => ({ action: CUSTOMER_SHOW, customerId });
export const todayPageAction = (page: number) => ({ action: TODAY_PAGE, page });
export const changesPageAction = (days: number, page: number) => ({ action: CHANGES_PAGE, days, page });
