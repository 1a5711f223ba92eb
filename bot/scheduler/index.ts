export { createScheduler, type Scheduler, type SchedulerOptions, type TickResult } from "./scheduler.js";
export { reportDedupeKey } from "./reportRun.js";
export { alertDedupeKey } from "./alertRun.js";
