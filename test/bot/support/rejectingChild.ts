// A process that meets what the webex SDK did under load: a request promise rejected with
// "socket hang up" that nobody awaits. With the guards (argv "guarded") it logs and carries on.
import { pino } from "pino";
import { installProcessGuards } from "../../../bot/process.js";

if (process.argv[2] === "guarded") installProcessGuards(pino({ level: "error" }, process.stdout));
void Promise.reject(Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }));
// Work still to do after the rejection: proof the process kept going.
setImmediate(() => setImmediate(() => {
  process.stdout.write("still answering\n");
  process.exit(0);
}));
