// A bot instance in its own process, for the crash test: it runs one scheduler tick on the
// given database and sandbox at the given "now", and is SIGKILLed by the test mid-run.
import { fixedClock } from "../../domain/clock.js";
import { startInstance } from "./harness.js";

const [databaseUrl, sandboxUrl, token, now] = process.argv.slice(2) as [string, string, string, string];
const instance = await startInstance(databaseUrl, { sandbox: { url: sandboxUrl }, token }, fixedClock(now), { instanceId: "doomed" });
process.send?.("ticking");
await instance.scheduler.tick();
process.send?.("finished");
await instance.close();
