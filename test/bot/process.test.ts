// An unhandled rejection (the webex SDK's "socket hang up" under load) used to end the process
// and lose what it held in memory; with the guards it is logged and the process keeps going.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const child = path.join(import.meta.dirname, "support", "rejectingChild.ts");
const run = (mode: string) => spawnSync(process.execPath, ["--import", "tsx", child, mode], { encoding: "utf8", timeout: 30_000 });

describe("process guards", () => {
  it("log an SDK-style unhandled rejection and keep the process alive", () => {
    const result = run("guarded");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("still answering");
    const line = JSON.parse(result.stdout.split("\n").find((l) => l.includes("unhandled promise rejection"))!);
    expect(line.err.message).toBe("socket hang up");
  });

  it("are what makes the difference: without them Node 20 ends the process", () => {
    const result = run("bare");
    expect(result.status).not.toBe(0);
    expect(result.stdout).not.toContain("still answering");
    expect(result.stderr).toContain("socket hang up");
  });
});
