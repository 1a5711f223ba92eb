// The partner-data commands and card actions, in the order help lists them; bot/tables.ts
// spreads these into the one command table and the one action table.
import type { ActionSpec, CommandSpec } from "../routing/types.js";
import { customerCommand, customerShowAction, subscriptionShowAction } from "./customer.js";
import { findCommand } from "./find.js";
import { kpisCommand, kpisShowAction } from "./kpis.js";
import { expiringCommand, lowAssignmentCommand, overageCommand, recentCommand, renewingCommand, sectionPageAction } from "./sections.js";
import { queuesCommand, queuesCustomerAction, queuesPageAction } from "./queues.js";
import { callingCommand, callingShowAction } from "./calling.js";
import { trendCommand, trendShowAction } from "./trend.js";
import { trialsCommand, trialsPageAction } from "./trials.js";
import { tagChangeAction, tagCommand, tagsCommand, tagsPageAction, untagCommand } from "./tags.js";
import { adminsCommand, adminsCustomerAction, adminsPageAction } from "./admins.js";
import { regionCommand } from "./region.js";
import { resourcesCommand } from "./resources.js";
import { changesCommand, changesPageAction, todayCommand, todayPageAction } from "./today.js";

export const partnerCommands: ReadonlyArray<CommandSpec<any>> = [
  todayCommand, changesCommand, customerCommand, findCommand, kpisCommand, expiringCommand, renewingCommand, recentCommand, lowAssignmentCommand, overageCommand,
  callingCommand, queuesCommand, trendCommand, trialsCommand, tagsCommand, tagCommand, untagCommand, adminsCommand, regionCommand, resourcesCommand,
];

export const partnerActions: ReadonlyArray<ActionSpec<any>> = [
  customerShowAction, subscriptionShowAction, kpisShowAction, sectionPageAction, callingShowAction, queuesPageAction, queuesCustomerAction, trendShowAction,
  trialsPageAction, tagsPageAction, tagChangeAction, adminsPageAction, adminsCustomerAction, todayPageAction, changesPageAction,
];
