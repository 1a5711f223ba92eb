// The report templates: Partner Hub's names and column headers (DOMAIN.md "Reports"), the
// words users type for them, and where their rows come from. Headers are the data format of
// the file (the same headers the import reads back), not prose, so they are not translated.
import type { MessageKey } from "../i18n/catalogue.js";
import type { ReportSource } from "./source.js";
import { subscriptionRows } from "./sources/subscriptions.js";
import { CALLING_METRIC_KEYS, callingUsageRows } from "./sources/callingUsage.js";
import { callQueueRows } from "./sources/callQueues.js";
import { callingFeatureRows, callingQualityRows } from "./sources/callingWeeks.js";
import { expiringRows, lowAssignmentRows, overageRows, recentlyAddedRows, renewingRows } from "./sources/sections.js";

export interface ReportColumn { id: string; title: string }

export interface ReportTemplate {
  id: string;
  /** Partner Hub's template name: the first part of the file name. */
  name: string;
  words: readonly string[];
  columns: readonly ReportColumn[];
  rows: ReportSource;
  /** Rows of a subscription family: a report of both families gets a trailing Product column
   * (meetings or calling), since a subscription carrying both has a row of each. */
  familyColumn?: boolean;
}

const cols = (pairs: ReadonlyArray<readonly [string, string]>): ReportColumn[] => pairs.map(([id, title]) => ({ id, title }));

const CALLING_METRIC_TITLES: Record<(typeof CALLING_METRIC_KEYS)[number], string> = {
  callMinutesVideo: "Call Minutes - Video", callLegsAudio: "Call Legs - Audio", callLegsVideo: "Call Legs - Video",
  callLegsDeskPhone: "Call Legs - Desk Phone", callLegsRoomDevice: "Call Legs - Room Device", callLegsOtherDevices: "Call Legs - Other Devices",
  callsHuntGroup: "Calls - Hunt Group", callsAutoAttendant: "Calls - Auto Attendant", queueTotalCalls: "Call Queue - Total Calls",
  queueTimedOut: "Call Queue - Timed Out Calls", queueOverflowed: "Call Queue - Overflowed Calls", queueTransferred: "Call Queue - Transferred Calls",
  queueAbandoned: "Call Queue - Abandoned Calls", internal: "Total Internal", tollFree: "Toll Free", premium: "Premium",
  integratedAudio: "Integrated Audio", national: "National", inbound: "Inbound", operatorServices: "Operator Services", spark: "Spark",
  shortCode: "Short Code", international: "International", mobile: "Mobile", emergency: "Emergency", unknown: "Unknown Calls",
};

// Partner Hub's "Subscription details" columns: "(Available)" is the licenses provisioned in the
// org (what was bought), as the seeds define it, not the unassigned ones; the import reads it so.
const LICENSE_COLUMNS = ([
  ["meetings", "Meetings"], ["callingProfessional", "Calling Professional"], ["callingStandard", "Calling Standard"],
] as const).flatMap(([key, label]) => [
  [`${key}Available`, `${label} License (Available)`], [`${key}Assigned`, `${label} License (Assigned)`], [`${key}Used`, `${label} License (Used)`],
] as const);

const ENDING_COLUMNS = (daysTitle: string) => cols([
  ["customerName", "Customer Name"], ["orgId", "Org ID"], ["subscriptionId", "Subscription ID"], ["endDate", "End Date"],
  ["daysLeft", daysTitle], ["total", "Total Licenses"], ["used", "Used"], ["assigned", "Assigned"], ["available", "Available"],
  // The seeds' "usage over the last 3 months": the licenses used in the busiest of the last 13 weekly snapshots.
  ["usageLast3Months", "Usage Over the Last 3 Months"],
]);

export const REPORT_TEMPLATES: readonly ReportTemplate[] = [
  {
    id: "subscriptions", name: "Subscription details", words: ["subscriptions", "subscription", "subscription-details"],
    columns: cols([
      ["calculationDate", "Calculation Date"], ["customerName", "Customer Name"], ["orgId", "User Org ID"],
      ["status", "Subscription Status"], ["subscriptionId", "Subscription ID"], ["type", "Subscription Type"],
      ["totalUsers", "Total Users in Org"], ["verifiedUsers", "Total Verified Users"], ["autoRenew", "Auto-Renew Enabled"],
      ["endDate", "Expiration/Renewal Date"], ...LICENSE_COLUMNS,
    ]),
    rows: subscriptionRows,
  },
  {
    id: "calling-usage", name: "Calling detailed usage", words: ["calling-usage", "calling", "usage", "calling-detailed-usage"],
    columns: cols([
      ["customerName", "Customer Name"], ["orgId", "Org ID"], ["location", "Location"], ["periodStart", "Start Date"], ["periodEnd", "End Date"],
      ["totalCalls", "Total Calls"], ["totalCallLegs", "Total Call Legs"], ["poorQuality", "Total Poor Quality Calls"],
      ["callMinutes", "Call Minutes"], ...CALLING_METRIC_KEYS.map((key) => [key, CALLING_METRIC_TITLES[key]] as const),
    ]),
    rows: callingUsageRows,
  },
  {
    id: "call-queues", name: "Call queue statistics", words: ["call-queues", "queues", "call-queue-statistics", "queue"],
    columns: cols([
      ["customerName", "Customer Name"], ["orgId", "Org ID"], ["weekStart", "Week Start"], ["totalCalls", "Total Calls"],
      ["answered", "Answered Calls"], ["abandoned", "Abandoned Calls"], ["timedOut", "Timed Out Calls"], ["overflowed", "Overflowed Calls"],
      ["transferred", "Transferred Calls"], ["averageSpeedOfAnswer", "Average Speed of Answer (s)"],
      ["averageWaitBeforeAbandon", "Average Wait Before Abandon (s)"], ["abandonRate", "Abandon Rate (%)"],
    ]),
    rows: callQueueRows,
  },
  {
    id: "calling-quality", name: "Call quality", words: ["calling-quality", "call-quality", "quality"],
    columns: cols([
      ["customerName", "Customer Name"], ["orgId", "Org ID"], ["weekStart", "Week Start"], ["totalCalls", "Total Calls"],
      ["poorQualityCalls", "Total Poor Quality Calls"], ["poorQualityPercent", "Poor Quality Calls (%)"],
      ["measuredLegs", "Measured Call Legs"], ["poorLegs", "Poor Quality Call Legs"], ["poorLegsPercent", "Poor Quality Call Legs (%)"],
      ["desk_phoneLegs", "Measured Call Legs - Desk Phone"], ["desk_phonePoor", "Poor Quality Call Legs - Desk Phone"],
      ["room_deviceLegs", "Measured Call Legs - Room Device"], ["room_devicePoor", "Poor Quality Call Legs - Room Device"],
      ["webex_appLegs", "Measured Call Legs - Webex App"], ["webex_appPoor", "Poor Quality Call Legs - Webex App"],
      ["otherLegs", "Measured Call Legs - Other Devices"], ["otherPoor", "Poor Quality Call Legs - Other Devices"],
    ]),
    rows: callingQualityRows,
  },
  {
    id: "calling-features", name: "Feature used by calls", words: ["calling-features", "features", "feature-usage"],
    columns: cols([
      ["customerName", "Customer Name"], ["orgId", "Org ID"], ["weekStart", "Week Start"], ["totalCalls", "Total Calls"],
      ["huntGroup", "Calls - Hunt Group"], ["autoAttendant", "Calls - Auto Attendant"], ["callQueue", "Call Queue - Total Calls"],
      ["featurePercent", "Calls Using a Feature (%)"],
    ]),
    rows: callingFeatureRows,
  },
  { id: "expiring", name: "About to expire", words: ["expiring", "expire", "about-to-expire"], columns: ENDING_COLUMNS("Days Until Expiry"), rows: expiringRows, familyColumn: true },
  { id: "renewing", name: "About to renew", words: ["renewing", "renew", "about-to-renew"], columns: ENDING_COLUMNS("Days Until Renewal"), rows: renewingRows, familyColumn: true },
  {
    id: "low-assignment", name: "Low license assignment", words: ["low-assignment", "low", "low-license-assignment"],
    columns: cols([
      ["customerName", "Customer Name"], ["orgId", "Org ID"], ["subscriptionId", "Subscription ID"], ["product", "Product"],
      ["monthsSinceAdded", "Months Since Added"], ["assigned", "Assigned"], ["assignedPercent", "Assigned (%)"], ["total", "Total Licenses"],
      ["used", "Used"], ["available", "Available"], ["weeklyAssignedChange", "Weekly Change in Assignments"],
    ]),
    rows: lowAssignmentRows,
  },
  {
    id: "overage", name: "Over license limit", words: ["overage", "over-limit", "over-license-limit"],
    columns: cols([
      ["customerName", "Customer Name"], ["orgId", "Org ID"], ["subscriptionId", "Subscription ID"], ["product", "Product"],
      ["monthsRemaining", "Months Remaining"], ["autoRenew", "Auto-Renew"], ["total", "Total Licenses"], ["assigned", "Assigned"],
      ["assignedPercent", "Assigned (%)"], ["used", "Used"], ["usedPercent", "Used (%)"], ["overage", "Overage"],
    ]),
    rows: overageRows,
  },
  {
    id: "recently-added", name: "Recently added", words: ["recently-added", "recent", "new"],
    columns: cols([
      ["customerName", "Customer Name"], ["orgId", "Org ID"], ["subscriptionId", "Subscription ID"], ["daysSinceAdded", "Days Since Added"],
      ["total", "Total Licenses"], ["used", "Used"], ["assigned", "Assigned"], ["available", "Available"],
      ["weeklyAssignedChange", "Weekly Change in Assignments"], ["weeklyUsedChange", "Weekly Change in Usage"],
    ]),
    rows: recentlyAddedRows,
  },
];

/** Partner Hub templates whose data the store does not hold (yet): the sentence says what is missing. */
export const MISSING_DATA_TEMPLATES: ReadonlyArray<{ id: string; words: readonly string[]; missing: MessageKey }> = [
  { id: "devices", words: ["devices", "device"], missing: "reports.missing.devices" },
  { id: "phone-numbers", words: ["phone-numbers", "numbers", "phones"], missing: "reports.missing.phoneNumbers" },
  { id: "app-versions", words: ["app-versions", "app-version", "webex-app-version", "versions"], missing: "reports.missing.appVersions" },
];

export const TEMPLATE_WORDS: readonly string[] = [...REPORT_TEMPLATES, ...MISSING_DATA_TEMPLATES].flatMap((t) => t.words);

export type TemplateLookup =
  | { kind: "report"; template: ReportTemplate }
  | { kind: "missing"; id: string; missing: MessageKey };

export function findTemplate(word: string): TemplateLookup | undefined {
  const wanted = word.trim().toLowerCase();
  const template = REPORT_TEMPLATES.find((t) => t.id === wanted || t.words.includes(wanted));
  if (template) return { kind: "report", template };
  const missing = MISSING_DATA_TEMPLATES.find((t) => t.id === wanted || t.words.includes(wanted));
  return missing && { kind: "missing", id: missing.id, missing: missing.missing };
}
