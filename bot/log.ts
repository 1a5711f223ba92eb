// Structured logs. Tokens, secrets and message bodies never reach the log, at any level: the
// redaction list is the safety net for our own lines, the habit is not to log them at all. The
// libraries we run (the framework, the webex SDK) log free text of their own; it comes through
// here too, redacted the same way whatever the level (see logForeign).
import { inspect } from "node:util";
import pino, { type Logger } from "pino";
import { clipText } from "../domain/text.js";

export type { Logger };

const REDACTED = "[redacted]";

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: "partner-hub-bot" },
      redact: {
        paths: ["token", "*.token", "authorization", "*.authorization", "headers.authorization", "secret", "*.secret", "text", "*.text", "markdown", "*.markdown"],
        censor: REDACTED,
      },
    },
    destination,
  );
}

/**
 * A library's free-text line with what may be a person's words taken out. Such lines put data
 * in quotes (the framework writes `(Messsage Received) "room" "email" "text"`, and util.inspect
 * quotes every string of an HTTP body), so everything from the first to the last quote mark of
 * each kind goes, whatever quotes the words themselves hold; so do e-mail addresses and bearer
 * tokens outside quotes. What is left is the library's own wording, ids and numbers.
 */
export function redactForeignLine(line: string): string {
  return line
    .replace(/"[\s\S]*"/g, `"${REDACTED}"`)
    .replace(/'[\s\S]*'/g, `'${REDACTED}'`)
    .replace(/`[\s\S]*`/g, `\`${REDACTED}\``)
    .replace(/[^\s"'`<>()[\]{},;:]+@[^\s"'`<>()[\]{},;:]+\.[^\s"'`<>()[\]{},;:]+/g, REDACTED)
    .replace(/\b(bearer)\s+\S+/gi, `$1 ${REDACTED}`);
}

export type ForeignLevel = "error" | "warn" | "info" | "debug" | "trace";

/** Longest foreign line kept: an SDK dump of a whole response says nothing more past this. */
const MAX_FOREIGN_LINE = 2_000;

/** Logs what a library logged (strings, objects, errors) at `level`, as one redacted line. */
export function logForeign(log: Logger, source: string, level: ForeignLevel, args: readonly unknown[]): void {
  if (!log.isLevelEnabled(level)) return;
  const line = args.map((arg) => (typeof arg === "string" ? arg : inspect(arg, { depth: 4, breakLength: Infinity }))).join(" ");
  log[level]({ source }, clipText(redactForeignLine(line), MAX_FOREIGN_LINE));
}
