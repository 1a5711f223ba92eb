// The customer list and paging.
export const customerMessages = {
  "customers.title": "Customers ({total})",
  "customers.none": "No customer matches this question.",
  "customers.noStatus": "No status",
  "customers.pageOf": "Page {page} of {pageCount}. Click a customer for details.",
  "customers.textRow": "{name} ({region}): {statuses}",
  "customers.def.statuses": "Subscription: the customer has an active subscription. Trial: a trial is in progress. Expiring soon: a subscription or trial without auto-renew ends within {expiringDays} days. No recent activity: none of the customer's administrators signed in to Control Hub in the last {inactivityDays} days. Expired: no subscription or trial is in force, and none is suspended or ready for order setup.",
  "help.summary.customers": "Lists your customers with their statuses; filter with status:, product:, type:, region:, tag:, managed:.",
  "paging.previous": "Previous",
  "paging.next": "Next",
} as const;
