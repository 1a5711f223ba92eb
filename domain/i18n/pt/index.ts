// The Portuguese catalogue (seeds/003). The operator's seed CLI messages stay English on purpose:
// they are read in a terminal, not in a space, so they fall back per key.
import type { MessageKey } from "../catalogue.js";
import { ptCommon } from "./common.js";
import { ptCustomers } from "./customers.js";
import { ptAnalytics } from "./analytics.js";
import { ptAlerts } from "./alerts.js";
import { ptNotices } from "./notices.js";
import { ptReports } from "./reports.js";
import { ptImport } from "./import.js";
import { ptCommands } from "./commands.js";
import { ptLanguage } from "./language.js";
import { ptCalling } from "./calling.js";

export const portuguese: Partial<Record<MessageKey, string>> = {
  ...ptCommon, ...ptImport, ...ptNotices, ...ptCustomers, ...ptAnalytics, ...ptReports, ...ptAlerts, ...ptCommands, ...ptLanguage, ...ptCalling,
};
