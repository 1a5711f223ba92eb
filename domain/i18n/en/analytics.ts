// Messages of the partner analytics: filter problems, KPI and section labels, table notes.
export const analyticsMessages = {
  "analytics.filter.invalid": "The filter \"{field}\" is not valid ({problem}). {hint}",
  "analytics.filter.region": "Use one of the regions US, CA, EU or UAE.",
  "analytics.filter.managedBy": "Use \"partner\" for customers of your partner org or \"external\" for customers you manage as an external admin.",
  "analytics.filter.product": "Use a product family (meetings, calling) or a product such as calling_professional.",
  "analytics.filter.status": "Use statuses such as trial, expiringSoon, licenseOverage, suspended or expired.",
  "analytics.filter.subscriptionType": "Use \"subscription\" or \"trial\".",
  "analytics.filter.tags": "Give one or more tag names, and \"any\" or \"all\".",
  "analytics.filter.page": "Pages start at 1 and hold at most 100 rows.",
  "analytics.filter.other": "Check the value and try again.",

  "analytics.kpi.totalCustomers": "Total customers",
  "analytics.kpi.nearingExpiration": "Nearing expiration",
  "analytics.kpi.nearingRenewal": "Nearing renewal",
  "analytics.kpi.lowAssignment": "Low license assignment",
  "analytics.kpi.overLimit": "Over license limit",

  "analytics.section.recentlyAdded": "Recently added in the last {days} days",
  "analytics.section.aboutToExpire": "About to expire in the next {days} days",
  "analytics.section.aboutToRenew": "About to renew in the next {days} days",
  "analytics.section.lowAssignment": "Low license assignment",
  "analytics.section.overLimit": "Over license limit",

  "analytics.callQueue.weightedNote": "Partner-wide averages are weighted by the number of calls of each customer.",
  "analytics.callQueue.week": "Call queues in the week of {week}",
} as const;
