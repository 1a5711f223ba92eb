// The German catalogue (seeds/004). Whole: the compiler refuses it if a message is missing or loses a {placeholder}.
import type { Catalogue } from "../types.js";
import { deCommon } from "./common.js";
import { deCustomers } from "./customers.js";
import { deAnalytics } from "./analytics.js";
import { deAlerts } from "./alerts.js";
import { deNotices } from "./notices.js";
import { deReports } from "./reports.js";
import { deImport } from "./import.js";
import { deImportRun } from "./importRun.js";
import { deCommands } from "./commands.js";
import { deLanguage } from "./language.js";
import { deArguments } from "./arguments.js";
import { deCalling } from "./calling.js";
import { deAttention } from "./attention.js";
import { deLists } from "./lists.js";

export const german = {
  ...deCommon, ...deImport, ...deImportRun, ...deNotices, ...deCustomers, ...deAnalytics, ...deReports, ...deAlerts, ...deCommands, ...deLanguage, ...deArguments, ...deCalling, ...deAttention,
  ...deLists,
} satisfies Catalogue;
