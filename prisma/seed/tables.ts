// Where each kind of demo row goes: table and column names of prisma/schema.prisma (@map), in
// the order bulkInsert sends them.
import type { TableSpec } from "./bulk.js";
import type {
  DemoAdminAssignment, DemoCallingUsage, DemoCallQueueWeek, DemoCustomer, DemoCustomerDomain, DemoCustomerUser, DemoDatedSnapshot,
  DemoLicenseLine, DemoLicenseSnapshot, DemoOrder, DemoSubscription, DemoTagAssignment,
} from "./rows.js";
import { ENDPOINT_TYPES } from "../../domain/calling/endpoints.js";
import type { CallingWeekRow } from "../../domain/calling/callingWeeks.js";
import type { CallQualityWeekRow } from "../../domain/calling/qualityWeeks.js";

/** Tables with an @updatedAt column get the time of the write, as Prisma would set it. */
export function demoTables(writtenAt: Date) {
  const customers: TableSpec<DemoCustomer> = {
    table: "customers",
    columns: [
      ["id", "text", (r) => r.id], ["name", "text", (r) => r.name], ["name_key", "text", (r) => r.nameKey],
      ["region", "text", (r) => r.region], ["industry", "text", (r) => r.industry],
      ["planned_users", "int", (r) => r.plannedUsers], ["managed_by", "text", (r) => r.managedBy],
      ["external_id", "text", (r) => r.externalId], ["total_users", "int", (r) => r.totalUsers],
      ["verified_users", "int", (r) => r.verifiedUsers], ["last_admin_activity_at", "date", (r) => r.lastAdminActivityAt],
      ["added_at", "date", (r) => r.addedAt], ["updated_at", "date", () => writtenAt],
    ],
  };
  const subscriptions: TableSpec<DemoSubscription> = {
    table: "subscriptions",
    columns: [
      ["id", "text", (r) => r.id], ["customer_id", "text", (r) => r.customerId], ["type", "text", (r) => r.type],
      ["status", "text", (r) => r.status], ["start_at", "date", (r) => r.startAt], ["end_at", "date", (r) => r.endAt],
      ["auto_renew", "bool", (r) => r.autoRenew], ["updated_at", "date", () => writtenAt],
    ],
  };
  const licenseLines: TableSpec<DemoLicenseLine> = {
    table: "license_lines",
    columns: [
      ["subscription_id", "text", (r) => r.subscriptionId], ["product", "text", (r) => r.product],
      ["family", "text", (r) => r.family], ["total", "int", (r) => r.total], ["assigned", "int", (r) => r.assigned],
      ["used", "int", (r) => r.used],
    ],
  };
  const licenseSnapshots: TableSpec<DemoLicenseSnapshot> = {
    table: "license_snapshots",
    columns: [
      ["subscription_id", "text", (r) => r.subscriptionId], ["product", "text", (r) => r.product],
      ["week_start", "date", (r) => r.weekStart], ["total", "int", (r) => r.total], ["assigned", "int", (r) => r.assigned],
      ["used", "int", (r) => r.used],
    ],
  };
  const datedSnapshots: TableSpec<DemoDatedSnapshot> = {
    table: "dated_snapshots",
    columns: [
      ["taken_at", "date", (r) => r.takenAt], ["subscription_id", "text", (r) => r.subscriptionId],
      ["customer_id", "text", (r) => r.customerId], ["type", "text", (r) => r.type], ["status", "text", (r) => r.status],
      ["end_at", "date", (r) => r.endAt], ["auto_renew", "bool", (r) => r.autoRenew], ["total", "int", (r) => r.total],
      ["assigned", "int", (r) => r.assigned], ["overage", "int", (r) => r.overage],
    ],
  };
  const orders: TableSpec<DemoOrder> = {
    table: "subscription_orders",
    columns: [
      ["id", "text", (r) => r.id], ["subscription_id", "text", (r) => r.subscriptionId], ["placed_at", "date", (r) => r.placedAt],
      ["kind", "text", (r) => r.kind], ["summary", "text", (r) => r.summary],
    ],
  };
  const users: TableSpec<DemoCustomerUser> = {
    table: "customer_users",
    columns: [["email", "text", (r) => r.email], ["customer_id", "text", (r) => r.customerId]],
  };
  const domains: TableSpec<DemoCustomerDomain> = {
    table: "customer_domains",
    columns: [["domain", "text", (r) => r.domain], ["customer_id", "text", (r) => r.customerId]],
  };
  const tagAssignments: TableSpec<DemoTagAssignment> = {
    table: "tag_assignments",
    columns: [
      ["tag_id", "int", (r) => r.tagId], ["customer_id", "text", (r) => r.customerId],
      ["assigned_by", "text", (r) => r.assignedBy], ["assigned_at", "date", (r) => r.assignedAt],
    ],
  };
  const adminAssignments: TableSpec<DemoAdminAssignment> = {
    table: "partner_admin_assignments",
    columns: [["admin_id", "int", (r) => r.adminId], ["customer_id", "text", (r) => r.customerId]],
  };
  const callQueueWeeks: TableSpec<DemoCallQueueWeek> = {
    table: "call_queue_weeks",
    columns: [
      ["customer_id", "text", (r) => r.customerId], ["week_start", "date", (r) => r.weekStart],
      ["total_calls", "int", (r) => r.totalCalls], ["answered", "int", (r) => r.answered], ["abandoned", "int", (r) => r.abandoned],
      ["timed_out", "int", (r) => r.timedOut], ["overflowed", "int", (r) => r.overflowed], ["transferred", "int", (r) => r.transferred],
      ["answer_wait_seconds", "float", (r) => r.answerWaitSeconds], ["abandon_wait_seconds", "float", (r) => r.abandonWaitSeconds],
    ],
  };
  const callingUsage: TableSpec<DemoCallingUsage> = {
    table: "calling_usage",
    columns: [
      ["customer_id", "text", (r) => r.customerId], ["location", "text", (r) => r.location],
      ["period_start", "date", (r) => r.periodStart], ["period_end", "date", (r) => r.periodEnd],
      ["total_calls", "int", (r) => r.totalCalls], ["call_minutes", "float", (r) => r.callMinutes],
      ["poor_quality_calls", "int", (r) => r.poorQuality], ["metrics", "text", (r) => r.metrics],
    ],
  };
  const callQualityWeeks: TableSpec<CallQualityWeekRow> = {
    table: "call_quality_weeks",
    columns: [
      ["customer_id", "text", (r) => r.customerId], ["week_start", "date", (r) => r.weekStart],
      ["legs", "int", (r) => r.legs], ["poor_legs", "int", (r) => r.poorLegs],
      ...ENDPOINT_TYPES.flatMap((type) => [
        [`${type}_legs`, "int", (r: CallQualityWeekRow) => r.endpoints[type].legs],
        [`${type}_poor`, "int", (r: CallQualityWeekRow) => r.endpoints[type].poor],
      ] as const),
    ],
  };
  const callingWeeks: TableSpec<CallingWeekRow> = {
    table: "calling_weeks",
    columns: [
      ["customer_id", "text", (r) => r.customerId], ["week_start", "date", (r) => r.weekStart],
      ["total_calls", "int", (r) => r.totalCalls], ["call_legs", "int", (r) => r.callLegs], ["call_minutes", "float", (r) => r.callMinutes],
      ["video_minutes", "float", (r) => r.videoMinutes], ["poor_quality_calls", "int", (r) => r.poorQualityCalls],
      ["legs_desk_phone", "int", (r) => r.legsDeskPhone], ["legs_room_device", "int", (r) => r.legsRoomDevice],
      ["legs_other_devices", "int", (r) => r.legsOtherDevices], ["hunt_group_calls", "int", (r) => r.huntGroupCalls],
      ["auto_attendant_calls", "int", (r) => r.autoAttendantCalls], ["call_queue_calls", "int", (r) => r.callQueueCalls],
    ],
  };
  return { customers, subscriptions, licenseLines, licenseSnapshots, datedSnapshots, orders, users, domains, tagAssignments, adminAssignments, callQueueWeeks, callingUsage, callQualityWeeks, callingWeeks };
}
