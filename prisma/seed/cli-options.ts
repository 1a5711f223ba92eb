// The seed command's flags, checked before anything touches a database. A wrong flag becomes a
// sentence that says what was wrong and what to type instead.
import { parseArgs } from "node:util";
import { z } from "zod";
import { operatorText as t, type OperatorKey } from "../../domain/i18n/operator.js";
import type { MessageParams } from "../../domain/i18n/fill.js";
import { DEFAULT_DEMO_OPTIONS } from "./write.js";

export const DEFAULT_DATABASE_URL = "file:./data/partnerhub.db";
export const MAX_CUSTOMERS = 100_000;
const MAX_SEED = 2 ** 31 - 1;

export interface SeedCommand {
  customers: number;
  seed: number;
  reset: boolean;
  help: boolean;
  databaseUrl: string;
}

export type SeedCommandResult = { ok: true; command: SeedCommand } | { ok: false; message: string };

const wholeNumber = /^\d+$/;

const commandSchema = z.object({
  customers: z.string().regex(wholeNumber).transform(Number).pipe(z.number().int().min(1).max(MAX_CUSTOMERS)),
  seed: z.string().regex(wholeNumber).transform(Number).pipe(z.number().int().min(0).max(MAX_SEED)),
  reset: z.boolean(),
  help: z.boolean(),
  databaseUrl: z.string().regex(/^(file:.+|postgres(ql)?:\/\/.+)$/i),
});

const ISSUE_MESSAGES: Record<string, (value: string) => [OperatorKey, MessageParams]> = {
  customers: (value) => ["seed.cli.badCustomers", { min: 1, max: MAX_CUSTOMERS, value }],
  seed: (value) => ["seed.cli.badSeed", { max: MAX_SEED, value }],
  databaseUrl: (value) => ["seed.cli.badDatabaseUrl", { value }],
};

function parseFlags(argv: readonly string[]): { ok: true; values: Record<string, string | boolean | undefined> } | { ok: false; message: string } {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: { customers: { type: "string" }, seed: { type: "string" }, reset: { type: "boolean" }, help: { type: "boolean", short: "h" } },
      strict: true,
      allowPositionals: true,
    });
    if (positionals.length > 0) return { ok: false, message: t("seed.cli.unexpectedArgument", { argument: positionals[0]! }) };
    return { ok: true, values };
  } catch (error) {
    // parseArgs reports with Node's own wording; pick out the flag and say it our way.
    const text = error instanceof Error ? error.message : String(error);
    const flag = /'(-{1,2}[^'\s]+)/.exec(text)?.[1] ?? argv.find((a) => a.startsWith("-")) ?? "";
    const code = (error as { code?: string }).code;
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      return { ok: false, message: t("seed.cli.missingValue", { flag, example: flag === "--seed" ? "--seed 7" : "--customers 300" }) };
    }
    return { ok: false, message: t("seed.cli.unknownFlag", { flag }) };
  }
}

export function parseSeedCommand(argv: readonly string[], env: Record<string, string | undefined>): SeedCommandResult {
  const flags = parseFlags(argv);
  if (!flags.ok) return flags;
  const raw = {
    customers: flags.values.customers ?? String(DEFAULT_DEMO_OPTIONS.customers),
    seed: flags.values.seed ?? String(DEFAULT_DEMO_OPTIONS.seed),
    reset: flags.values.reset === true,
    help: flags.values.help === true,
    databaseUrl: env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL,
  };
  const parsed = commandSchema.safeParse(raw);
  if (parsed.success) return { ok: true, command: parsed.data };
  const field = String(parsed.error.issues[0]?.path[0] ?? "customers");
  const [key, params] = (ISSUE_MESSAGES[field] ?? ISSUE_MESSAGES.customers!)(String(raw[field as keyof typeof raw]));
  return { ok: false, message: t(key, params) };
}

export function usage(): string {
  return t("seed.cli.usage", { defaultUrl: DEFAULT_DATABASE_URL });
}
