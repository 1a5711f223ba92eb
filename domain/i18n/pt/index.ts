// The Portuguese catalogue (seeds/003). Whole: the compiler refuses it if a message is missing or loses a {placeholder}.
import type { Catalogue } from "../types.js";
import { ptCommon } from "./common.js";
import { ptCustomers } from "./customers.js";
import { ptAnalytics } from "./analytics.js";
import { ptAlerts } from "./alerts.js";
import { ptNotices } from "./notices.js";
import { ptReports } from "./reports.js";
import { ptImport } from "./import.js";
import { ptImportRun } from "./importRun.js";
import { ptCommands } from "./commands.js";
import { ptLanguage } from "./language.js";
import { ptArguments } from "./arguments.js";
import { ptCalling } from "./calling.js";
import { ptAttention } from "./attention.js";
import { ptLists } from "./lists.js";

export const portuguese = {
  ...ptCommon, ...ptImport, ...ptImportRun, ...ptNotices, ...ptCustomers, ...ptAnalytics, ...ptReports, ...ptAlerts, ...ptCommands, ...ptLanguage, ...ptArguments, ...ptCalling, ...ptAttention,
  ...ptLists,
} satisfies Catalogue;
