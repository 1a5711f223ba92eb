// The Polish catalogue (seeds/001). The operator's seed CLI messages stay English on purpose:
// they are read in a terminal, not in a space, so they fall back per key.
import type { MessageKey } from "../catalogue.js";
import { plCommon } from "./common.js";
import { plCustomers } from "./customers.js";
import { plAnalytics } from "./analytics.js";
import { plAlerts } from "./alerts.js";
import { plNotices } from "./notices.js";
import { plReports } from "./reports.js";
import { plImport } from "./import.js";
import { plCommands } from "./commands.js";
import { plLanguage } from "./language.js";
import { plCalling } from "./calling.js";

export const polish: Partial<Record<MessageKey, string>> = {
  ...plCommon, ...plImport, ...plNotices, ...plCustomers, ...plAnalytics, ...plReports, ...plAlerts, ...plCommands, ...plLanguage, ...plCalling,
};
