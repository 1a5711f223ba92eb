// The Spanish catalogue (seeds/000). Whole: the compiler refuses it if a message is missing or loses a {placeholder}.
import type { Catalogue } from "../types.js";
import { esCommon } from "./common.js";
import { esCustomers } from "./customers.js";
import { esAnalytics } from "./analytics.js";
import { esAlerts } from "./alerts.js";
import { esNotices } from "./notices.js";
import { esReports } from "./reports.js";
import { esImport } from "./import.js";
import { esImportRun } from "./importRun.js";
import { esCommands } from "./commands.js";
import { esLanguage } from "./language.js";
import { esArguments } from "./arguments.js";
import { esCalling } from "./calling.js";
import { esAttention } from "./attention.js";
import { esLists } from "./lists.js";

export const spanish = {
  ...esCommon, ...esImport, ...esImportRun, ...esNotices, ...esCustomers, ...esAnalytics, ...esReports, ...esAlerts, ...esCommands, ...esLanguage, ...esArguments, ...esCalling, ...esAttention,
  ...esLists,
} satisfies Catalogue;
