// The command table and the card-action table: each command and each card button declared
// once. Help and the parser read these; nothing else lists commands.
import type { RoutingTables } from "./routing/types.js";
import { helpCommand, showHelpAction } from "./commands/help.js";
import { enableCommand, disableCommand } from "./commands/spaces.js";
import { customersCommand, customersPageAction } from "./commands/customers.js";

export const defaultTables: RoutingTables = {
  commands: [helpCommand, customersCommand, enableCommand, disableCommand],
  actions: [showHelpAction, customersPageAction],
};
