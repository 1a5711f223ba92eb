// The French catalogue (seeds/002). The operator's seed CLI messages stay English on purpose:
// they are read in a terminal, not in a space, so they fall back per key.
import type { MessageKey } from "../catalogue.js";
import { frCommon } from "./common.js";
import { frCustomers } from "./customers.js";
import { frAnalytics } from "./analytics.js";
import { frAlerts } from "./alerts.js";
import { frNotices } from "./notices.js";
import { frReports } from "./reports.js";
import { frImport } from "./import.js";
import { frCommands } from "./commands.js";
import { frLanguage } from "./language.js";
import { frCalling } from "./calling.js";

export const french: Partial<Record<MessageKey, string>> = {
  ...frCommon, ...frImport, ...frNotices, ...frCustomers, ...frAnalytics, ...frReports, ...frAlerts, ...frCommands, ...frLanguage, ...frCalling,
};
