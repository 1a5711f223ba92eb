// The French catalogue (seeds/002). Whole: the compiler refuses it if a message is missing or loses a {placeholder}.
import type { Catalogue } from "../types.js";
import { frCommon } from "./common.js";
import { frCustomers } from "./customers.js";
import { frAnalytics } from "./analytics.js";
import { frAlerts } from "./alerts.js";
import { frNotices } from "./notices.js";
import { frReports } from "./reports.js";
import { frImport } from "./import.js";
import { frImportRun } from "./importRun.js";
import { frCommands } from "./commands.js";
import { frLanguage } from "./language.js";
import { frArguments } from "./arguments.js";
import { frCalling } from "./calling.js";
import { frAttention } from "./attention.js";
import { frLists } from "./lists.js";

export const french = {
  ...frCommon, ...frImport, ...frImportRun, ...frNotices, ...frCustomers, ...frAnalytics, ...frReports, ...frAlerts, ...frCommands, ...frLanguage, ...frArguments, ...frCalling, ...frAttention,
  ...frLists,
} satisfies Catalogue;
