// Messages shared by every capability: statuses, regions, roles, generic answers.
export const commonMessages = {
  "status.trial": "Trial",
  "status.active": "Subscription",
  "status.expiringSoon": "Expiring soon",
  "status.licenseOverage": "License overage",
  "status.noRecentActivity": "No recent activity",
  "status.readyForOrderSetup": "Ready for order setup",
  "status.suspended": "Suspended",
  "status.expired": "Expired",

  "region.US": "United States",
  "region.CA": "Canada",
  "region.EU": "European Union",
  "region.UAE": "United Arab Emirates",
  "region.all": "All regions",
  "region.code.US": "US",
  "region.code.CA": "CA",
  "region.code.EU": "EU",
  "region.code.UAE": "UAE",

  "role.full": "Partner full administrator",
  "role.admin": "Partner administrator",
  "role.readonly": "Partner read-only administrator",
  "role.sales-full": "Sales full administrator",
  "role.sales": "Sales administrator",
} as const;
