// Structured logs. Tokens, secrets and message bodies never reach the log at info level: the
// redaction list is the safety net, the habit is not to log them at all.
import pino, { type Logger } from "pino";

export type { Logger };

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: "partner-hub-bot" },
      redact: {
        paths: ["token", "*.token", "authorization", "*.authorization", "headers.authorization", "secret", "*.secret", "text", "*.text", "markdown", "*.markdown"],
        censor: "[redacted]",
      },
    },
    destination,
  );
}
