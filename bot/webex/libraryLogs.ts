// The framework and the webex SDK inside it log on their own: the framework emits `log` events
// and hands debug lines to `framework.debugger` (else the `debug` package, to stderr), both
// quoting message text; the SDK prints to the console through its Logger plugin, HTTP bodies
// included when ENABLE_VERBOSE_NETWORK_LOGGING is set. All of it goes through our logger
// instead, redacted (bot/log.ts), at levels LOG_LEVEL decides.
import { createRequire } from "node:module";
import { logForeign, type ForeignLevel, type Logger } from "../log.js";

/** The SDK's levels and ours: its `error`s are failures our own code handles and logs with a code. */
const SDK_LEVELS: Record<string, ForeignLevel> = {
  error: "warn", warn: "warn", log: "debug", info: "debug", group: "debug", groupEnd: "debug", debug: "debug", trace: "trace",
};

/** Whose logger the SDK writes to: one framework per process in production; in tests, the newest. */
let sdkLog: Logger | undefined;

/**
 * The SDK's Logger prototype, patched once per process: the SDK creates its logger inside
 * framework.start(), too late to reach the instance, and writes to the console by itself.
 */
function routeSdkLogs(log: Logger): void {
  if (!sdkLog) {
    const fromFramework = createRequire(createRequire(import.meta.url).resolve("webex-node-bot-framework"));
    const fromSdk = createRequire(fromFramework.resolve("webex"));
    const prototype = (fromSdk("@webex/plugin-logger") as { default: { prototype: Record<string, unknown> } }).default.prototype;
    for (const [level, ours] of Object.entries(SDK_LEVELS)) {
      const write = (...args: unknown[]): void => logForeign(sdkLog!, "webex-sdk", ours, args);
      prototype[level] = write;
      prototype[`client_${level}`] = write;
    }
  }
  sdkLog = log;
}

interface LoggingFramework {
  on(event: "log", listener: (line: string) => void): void;
  debugger?: (line: string) => void;
}

export function routeLibraryLogs(framework: LoggingFramework, log: Logger): void {
  framework.on("log", (line) => logForeign(log, "framework", "debug", [line]));
  framework.debugger = (line) => logForeign(log, "framework", "trace", [line]);
  routeSdkLogs(log);
}
