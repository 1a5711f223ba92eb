// The chart process outlives a bot killed with kill -9 only long enough to notice: it exits
// quietly, without the crash trace an operator would read in the bot's own log (it shares it).
import { spawn } from "node:child_process";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildDist, eventually, ROOT } from "../support/botProcess.js";

beforeAll(() => buildDist());

describe("the chart process of a bot killed while it was still loading", () => {
  it("exits without a crash trace in the shared log", async () => {
    const worker = path.join(ROOT, "dist/bot/charts/chartWorker.js");
    // A stand-in bot: forks the chart process on its own stdout and stderr, as the bot does, and prints its pid.
    const bot = spawn(process.execPath, ["-e", `
      const { fork } = require("node:child_process");
      const child = fork(${JSON.stringify(worker)}, [], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
      console.log("chart pid " + child.pid);
      setInterval(() => undefined, 1000);`], { stdio: ["ignore", "pipe", "pipe"] });
    let log = "";
    bot.stdout.on("data", (chunk: Buffer) => { log += chunk.toString(); });
    bot.stderr.on("data", (chunk: Buffer) => { log += chunk.toString(); });
    const pid = await eventually(() => /chart pid (\d+)/.exec(log)?.[1], 10_000, "the chart process started");
    bot.kill("SIGKILL");
    const alive = () => { try { process.kill(Number(pid), 0); return true; } catch { return false; } };
    await eventually(() => (alive() ? undefined : true), 20_000, "the chart process gone");
    expect(log).not.toMatch(/Unhandled|Error/);
  }, 40_000);
});
