// Process-wide guards. A promise rejected with nobody listening (the webex SDK does this with
// "socket hang up" under load) would end Node 20's process by default and lose everything in
// memory; we log it with its cause and keep running: every event is in the inbox and every
// answer in the outbox, so nothing depends on the rejected promise having been awaited.
import type { Logger } from "./log.js";

let installed = false;

export function installProcessGuards(log: Logger): void {
  if (installed) return;
  installed = true;
  process.on("unhandledRejection", (reason) => {
    log.error({ err: reason }, "unhandled promise rejection (kept running)");
  });
}
