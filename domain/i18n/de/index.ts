// The German catalogue (seeds/004). The operator's seed CLI messages stay English on purpose:
// they are read in a terminal, not in a space, so they fall back per key.
import type { MessageKey } from "../catalogue.js";
import { deCommon } from "./common.js";
import { deCustomers } from "./customers.js";
import { deAnalytics } from "./analytics.js";
import { deAlerts } from "./alerts.js";
import { deNotices } from "./notices.js";
import { deReports } from "./reports.js";
import { deImport } from "./import.js";
import { deCommands } from "./commands.js";
import { deLanguage } from "./language.js";
import { deCalling } from "./calling.js";

export const german: Partial<Record<MessageKey, string>> = {
  ...deCommon, ...deImport, ...deNotices, ...deCustomers, ...deAnalytics, ...deReports, ...deAlerts, ...deCommands, ...deLanguage, ...deCalling,
};
