// `npm run seed -- --customers N [--seed S] [--reset]`: writes the demo partner into the store
// named by DATABASE_URL. Exit codes: 0 written, 1 refused or failed, 2 wrong flags.
import { operatorText as t } from "../../domain/i18n/operator.js";
import { systemClock } from "../../domain/clock.js";
import { openStore } from "../../domain/store/client.js";
import { parseSeedCommand, usage } from "./cli-options.js";
import { generateDemoPartner } from "./generate.js";
import { clearPartnerData, isStoreEmpty, writeDemoPartner } from "./write.js";

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

/** Where the data went, without the credentials a PostgreSQL URL may carry. */
function describeTarget(databaseUrl: string): string {
  if (databaseUrl.startsWith("file:")) return databaseUrl.slice("file:".length);
  const url = new URL(databaseUrl);
  return `${url.hostname}${url.port ? `:${url.port}` : ""}${url.pathname}`;
}

async function main(): Promise<number> {
  const parsed = parseSeedCommand(process.argv.slice(2), process.env);
  if (!parsed.ok) {
    console.error(parsed.message);
    console.error(usage());
    return 2;
  }
  const { command } = parsed;
  if (command.help) {
    console.log(usage());
    return 0;
  }
  const target = describeTarget(command.databaseUrl);
  const store = await openStore(command.databaseUrl);
  try {
    if (!(await isStoreEmpty(store.db))) {
      if (!command.reset) {
        console.error(t("seed.cli.notEmpty", { target, customers: await store.db.customer.count() }));
        return 1;
      }
      const clearing = performance.now();
      await clearPartnerData(store.db);
      console.log(t("seed.cli.cleared", { seconds: seconds(clearing) }));
    }
    const started = performance.now();
    const now = systemClock.now();
    const partner = generateDemoPartner({ customers: command.customers, seed: command.seed, now });
    const written = await writeDemoPartner(store.db, partner);
    const rows = Object.values(partner).reduce((sum, list: unknown[]) => sum + list.length, 0);
    console.log(t("seed.cli.done", {
      customers: written.customers,
      subscriptions: written.subscriptions,
      rows,
      engine: store.engine === "sqlite" ? "SQLite" : "PostgreSQL",
      target,
      seconds: seconds(started),
      seed: command.seed,
      day: now.toISOString().slice(0, 10),
    }));
    return 0;
  } finally {
    await store.close();
  }
}

main().then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    console.error(t("seed.cli.failed", { reason: error instanceof Error ? error.message.split("\n")[0]! : String(error) }));
    process.exitCode = 1;
  },
);
