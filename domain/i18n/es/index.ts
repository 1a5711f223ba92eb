// The Spanish catalogue (seeds/000). The operator's seed CLI messages stay English on purpose:
// they are read in a terminal, not in a space, so they fall back per key.
import type { MessageKey } from "../catalogue.js";
import { esCommon } from "./common.js";
import { esCustomers } from "./customers.js";
import { esAnalytics } from "./analytics.js";
import { esAlerts } from "./alerts.js";
import { esNotices } from "./notices.js";
import { esReports } from "./reports.js";
import { esImport } from "./import.js";
import { esCommands } from "./commands.js";
import { esLanguage } from "./language.js";
import { esCalling } from "./calling.js";

export const spanish: Partial<Record<MessageKey, string>> = {
  ...esCommon, ...esImport, ...esNotices, ...esCustomers, ...esAnalytics, ...esReports, ...esAlerts, ...esCommands, ...esLanguage, ...esCalling,
};
