// The Polish catalogue (seeds/001). Whole: the compiler refuses it if a message is missing or loses a {placeholder}.
import type { Catalogue } from "../types.js";
import { plCommon } from "./common.js";
import { plCustomers } from "./customers.js";
import { plAnalytics } from "./analytics.js";
import { plAlerts } from "./alerts.js";
import { plNotices } from "./notices.js";
import { plReports } from "./reports.js";
import { plImport } from "./import.js";
import { plImportRun } from "./importRun.js";
import { plCommands } from "./commands.js";
import { plLanguage } from "./language.js";
import { plArguments } from "./arguments.js";
import { plCalling } from "./calling.js";
import { plAttention } from "./attention.js";
import { plLists } from "./lists.js";

export const polish = {
  ...plCommon, ...plImport, ...plImportRun, ...plNotices, ...plCustomers, ...plAnalytics, ...plReports, ...plAlerts, ...plCommands, ...plLanguage, ...plArguments, ...plCalling, ...plAttention,
  ...plLists,
} satisfies Catalogue;
