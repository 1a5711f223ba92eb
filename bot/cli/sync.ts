// `npm run sync`: one sync from the partner APIs with WEBEX_PARTNER_TOKEN (a partner full or
// read-only admin token), into DATABASE_URL (migrated first). The bot's scheduler calls runSync
// the same way.
import { systemClock } from "../../domain/clock.js";
import { operatorText as t } from "../../domain/i18n/operator.js";
import { openStore } from "../../domain/store/client.js";
import { configOrComplain } from "../config.js";
import { createLogger } from "../log.js";
import { runSync } from "../sync/index.js";

async function main(): Promise<number> {
  const config = configOrComplain();
  if (!config) return 2;
  if (!config.WEBEX_PARTNER_TOKEN) {
    console.error("WEBEX_PARTNER_TOKEN is not set: sync needs a partner full or read-only administrator token (see README, \"Settings\").");
    return 2;
  }
  const log = createLogger(config.LOG_LEVEL);
  const store = await openStore(config.DATABASE_URL);
  try {
    const outcome = await runSync({ db: store.db, apiBase: config.WEBEX_API_URL, partnerToken: config.WEBEX_PARTNER_TOKEN, clock: systemClock, log });
    console.log(t("sync.done", { customers: outcome.organizations, licenses: outcome.licenseLinesWritten, tags: outcome.tagsCreated }));
    return 0;
  } catch (error) {
    log.error({ err: error }, "sync failed");
    console.error(t("sync.failed", { reason: error instanceof Error ? error.message : String(error) }));
    return 1;
  } finally {
    await store.close();
  }
}

process.exitCode = await main();
