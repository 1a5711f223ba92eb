// `npm run import -- <file> [--kind <kind>] [--actor <who>]`: imports a Partner Hub report CSV
// (or the Partner Reports zip) through the same path as a file attached in a space: streamed,
// in an import worker process. Migrates the store first, so it works on a fresh file and while
// the bot runs (rows are staged outside the store; only the short landing takes its lock).
import { statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { importResultCard } from "../../cards/importResult.js";
import { systemClock } from "../../domain/clock.js";
import { translatorFor } from "../../domain/i18n/catalogue.js";
import { REPORT_KINDS } from "../../domain/import/index.js";
import { openStore } from "../../domain/store/client.js";
import { configOrComplain } from "../config.js";
import { createLogger } from "../log.js";
import { runImport } from "../imports/runImport.js";

const argsSchema = z.object({
  file: z.string({ message: "name the report file to import, e.g. npm run import -- ./Subscription_Details.csv" }).min(1),
  kind: z.enum(REPORT_KINDS, { message: `--kind must be one of ${REPORT_KINDS.join(", ")}` }).optional(),
  actor: z.string().trim().min(1).default(`cli:${os.userInfo().username}`),
  region: z.enum(["US", "CA", "EU", "UAE"], { message: "--region must be one of US, CA, EU, UAE" }).default("US"),
});

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { kind: { type: "string" }, actor: { type: "string" }, region: { type: "string" } },
  });
  const parsed = argsSchema.safeParse({ file: positionals[0], ...values });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(issue.message);
    return 2;
  }
  const args = parsed.data;
  const config = configOrComplain();
  if (!config) return 2;
  const log = createLogger(config.LOG_LEVEL);
  const file = path.resolve(args.file);
  try {
    if (!statSync(file).isFile()) throw new Error("not a file");
  } catch {
    console.error(`Cannot read ${file}: check the path and that it is a file.`);
    return 2;
  }
  // Migrated here, once; the worker opens the store as it is.
  await (await openStore(config.DATABASE_URL)).close();
  const { outcome, workerPeakRssBytes, ended } = await runImport({
    databaseUrl: config.DATABASE_URL, path: file, fileName: path.basename(file), actor: args.actor, source: "cli",
    ...(args.kind && { kind: args.kind }), region: args.region, now: systemClock.now(), maxBytes: config.IMPORT_MAX_MB * 2 ** 20,
  });
  log.info({
    ok: outcome.ok, kind: outcome.kind, rowsRead: outcome.rowsRead, refusal: outcome.ok ? undefined : outcome.refusal,
    workerPeakRssMb: workerPeakRssBytes && Math.round(workerPeakRssBytes / 2 ** 20),
  }, "import finished");
  console.log(importResultCard(outcome, translatorFor("en")).text);
  // The worker still copies the landing's WAL into the store: leaving now would stop it.
  await ended;
  return outcome.ok ? 0 : 1;
}

process.exitCode = await main();
