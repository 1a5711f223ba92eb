// Partner analytics: everything a partner admin reads in Partner Hub's customer list and
// analytics, as functions of the store and a clock. Cards, reports and alerts read these.
export * from "./settings.js";
export * from "./types.js";
export * from "./filter.js";
export { statusCondition, statusesOfRow } from "./statuses.js";
export { customerScope, inForce } from "./scope.js";
export { visibleTo } from "../access/customerAccess.js";
export * from "./customerList.js";
export * from "./customerSearch.js";
export * from "./findByEmail.js";
export * from "./customerDetail.js";
export * from "./kpiStrip.js";
export * from "./familiesSold.js";
export { assignmentThresholds, type AssignmentThreshold } from "./licenseScope.js";
export * from "./sections/recentlyAdded.js";
export * from "./sections/aboutToEnd.js";
export * from "./sections/lowAssignment.js";
export * from "./sections/overLimit.js";
export * from "./callQueues.js";
export { weekStartOf } from "./values.js";
export { refreshCustomerRollups } from "./rollups.js";
