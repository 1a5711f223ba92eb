// The environment is read once, here, and validated with zod. A missing or malformed variable
// stops start-up with a sentence that names it (see formatConfigError).
import { existsSync } from "node:fs";
import { z } from "zod";
import { ROLES, type Role } from "../domain/model.js";

const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

const adminEntry = z
  .string()
  .trim()
  .regex(/^[^\s@:]+@[^\s@:]+\.[^\s@:]+(:[a-z-]+)?$/i, "each entry must be email or email:role")
  .transform((entry) => {
    const [email, role] = entry.split(":");
    return { email: email!.toLowerCase(), role: (role ?? "readonly").toLowerCase() };
  })
  .pipe(z.object({ email: z.string(), role: z.enum(ROLES, { message: `role must be one of ${ROLES.join(", ")}` }) }));

const optionalText = z.string().trim().transform((v) => (v === "" ? undefined : v)).optional();

export const configSchema = z
  .object({
    WEBEX_BOT_TOKEN: optionalText,
    WEBEX_API_URL: z.url({ message: "must be a URL such as https://webexapis.com/v1" }).default("https://webexapis.com/v1"),
    WEBHOOK_URL: optionalText.pipe(z.url({ message: "must be the public https URL Webex posts events to" }).optional()),
    WEBHOOK_SECRET: optionalText.pipe(z.string().min(16, "must be at least 16 characters").optional()),
    PORT: z.coerce.number({ message: "must be a port number from 0 to 65535" }).int().min(0).max(65535).default(3000),
    SANDBOX_PORT: z.coerce.number({ message: "must be a port number from 0 to 65535" }).int().min(0).max(65535).default(3100),
    DATABASE_URL: z
      .string()
      .regex(/^(file:|postgres(ql)?:\/\/)/, "must start with file: (SQLite) or postgresql:// (PostgreSQL)")
      .default("file:./data/partnerhub.db"),
    PARTNER_ADMINS: z
      .string()
      .default("")
      .transform((list) => list.split(",").map((s) => s.trim()).filter(Boolean))
      .pipe(z.array(adminEntry)),
    WEBEX_PARTNER_TOKEN: optionalText,
    SYNC_TIME: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time as HH:MM, for example 03:00").default("03:00"),
    TIME_ZONE: z.string().refine(isTimeZone, "must be an IANA time zone such as Europe/Madrid").default("UTC"),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    IMPORT_MAX_MB: z.coerce.number({ message: "must be a number of megabytes" }).positive().max(1024).default(50),
    DEMO_CUSTOMERS: z.coerce.number().int().min(0).max(100_000).default(300),
    // A post Webex has not answered by then is abandoned and retried by the outbox: long enough
    // for a slow Webex, short enough that a hung call costs its space's lane seconds, not minutes.
    WEBEX_SEND_TIMEOUT_MS: z.coerce.number({ message: "must be a number of milliseconds" }).int().min(1000).max(600_000).default(30_000),
    // A file's bytes take longer: 5 min moves a 100 MB report at 3 Mbit/s.
    WEBEX_UPLOAD_TIMEOUT_MS: z.coerce.number({ message: "must be a number of milliseconds" }).int().min(1000).max(3_600_000).default(300_000),
    // Spaces the outbox sends to at once (each space's messages still go one at a time, in order).
    OUTBOX_LANES: z.coerce.number({ message: "must be a whole number from 1 to 256" }).int().min(1).max(256).default(16),
    INBOX_CONCURRENCY: z.coerce.number({ message: "must be a whole number from 1 to 256" }).int().min(1).max(256).default(16),
    INBOX_LEASE_SECONDS: z.coerce.number({ message: "must be a number of seconds from 1 to 3600" }).min(1).max(3600).default(60),
    INSTANCE_ID: optionalText,
    // Read by the webex SDK itself, which then prints whole requests to the console, bypassing
    // our logger: the bot's token and message text with them.
    ENABLE_VERBOSE_NETWORK_LOGGING: optionalText.refine((value) => value === undefined, "must not be set: the webex SDK would print every request, the bot's token included, to the console"),
  })
  .superRefine((env, ctx) => {
    if (env.WEBHOOK_URL && !env.WEBHOOK_SECRET) {
      ctx.addIssue({ code: "custom", path: ["WEBHOOK_SECRET"], message: "is required when WEBHOOK_URL is set (Webex signs every event with it)" });
    }
    if (env.WEBHOOK_URL && !env.WEBEX_BOT_TOKEN) {
      ctx.addIssue({ code: "custom", path: ["WEBEX_BOT_TOKEN"], message: "is required when WEBHOOK_URL is set" });
    }
  });

export type Config = z.infer<typeof configSchema>;
export type PartnerAdminSetting = { email: string; role: Role };

/** The mode start-up chooses: no token means the local sandbox. */
export type RunMode = "sandbox" | "webhook" | "websocket";
export function runModeOf(config: Config): RunMode {
  if (!config.WEBEX_BOT_TOKEN) return "sandbox";
  return config.WEBHOOK_URL ? "webhook" : "websocket";
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`The configuration is not valid:\n${problems.map((p) => `  - ${p}`).join("\n")}\nSee .env.example and README.md ("Settings").`);
  }
}

/** Parses `env` (process.env by default, after loading .env when present) or throws ConfigError. */
export function loadConfig(env: NodeJS.ProcessEnv = readEnvironment()): Config {
  const result = configSchema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((issue) => {
      const [variable, entry] = issue.path;
      const name = typeof entry === "number" ? `${String(variable)} (entry ${entry + 1})` : String(variable ?? "environment");
      const value = typeof issue.path[0] === "string" ? env[issue.path[0]] : undefined;
      // Never echo a token or secret back, even a malformed one.
      const shown = value === undefined || /TOKEN|SECRET/.test(name) ? "" : ` (it is "${value}")`;
      return `${name} ${issue.message}${shown}`;
    }),
  );
}

function readEnvironment(): NodeJS.ProcessEnv {
  if (existsSync(".env")) process.loadEnvFile(".env");
  return process.env;
}

/**
 * The configuration for a command-line entry point (the bot, the CLIs), or undefined after the
 * sentence saying what is wrong has gone to stderr: a bad setting is the user's to fix, and a
 * stack trace would not tell them how. Other errors still throw.
 */
export function configOrComplain(): Config | undefined {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return undefined;
  }
}
