// The customer list and paging.
export const customerMessages = {
  "customers.title": "Customers ({total})",
  "customers.none": "No customer matches this question.",
  "customers.noStatus": "No status",
  "customers.pageOf": "Page {page} of {pageCount}. Click a customer for details.",
  "customers.textRow": "{name} ({region}): {statuses}",
  "help.summary.customers": "Lists your customers with their statuses; filter with status:, product:, type:, region:, tag:, managed:.",
  "paging.previous": "Previous",
  "paging.next": "Next",
} as const;
