// The command table and the card-action table: each command and each card button declared
// once. Help and the parser read these; nothing else lists commands.
import type { RoutingTables } from "./routing/types.js";
import { helpCommand, showHelpAction } from "./commands/help.js";
import { enableCommand, disableCommand } from "./commands/spaces.js";
import { customersCommand, customersPageAction } from "./commands/customers.js";
import { partnerActions, partnerCommands } from "./commands/partnerCommands.js";
import { reportCommand, scheduleCommand, schedulesCommand, unscheduleCommand } from "./commands/reports.js";
import { alertsCommand } from "./commands/alerts.js";
import { importsCommand } from "./commands/imports.js";
import { languageCommand } from "./commands/language.js";
import { commandRunAction } from "./commands/runCommand.js";
import { scheduleStopAction } from "./commands/scheduleStop.js";
import { customersCsvAction, sectionCsvAction } from "./commands/listCsv.js";

export const defaultTables: RoutingTables = {
  commands: [helpCommand, customersCommand, ...partnerCommands, reportCommand, scheduleCommand, schedulesCommand, unscheduleCommand, alertsCommand, importsCommand, languageCommand, enableCommand, disableCommand],
  actions: [showHelpAction, commandRunAction, customersPageAction, ...partnerActions, sectionCsvAction, customersCsvAction, scheduleStopAction],
};
