// `npm start` as a newcomer runs it: the process starts the sandbox, the store and the bot,
// prints where to talk to it, and on SIGTERM drains and exits 0. A bad setting stops it with a
// sentence naming the variable.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const tsx = path.join(root, "node_modules/.bin/tsx");

function startProcess(env: Record<string, string>) {
  const child = spawn(tsx, ["bot/main.ts"], { cwd: root, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => { output += chunk.toString(); });
  child.stderr.on("data", (chunk: Buffer) => { output += chunk.toString(); });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const waitFor = async (pattern: RegExp, timeoutMs = 60_000): Promise<RegExpMatchArray> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const match = pattern.exec(output);
      if (match) return match;
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`did not see ${pattern} in:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  return { child, exited, waitFor, output: () => output };
}

describe("npm start", () => {
  it("runs on the embedded default, answers health checks, and exits 0 on SIGTERM", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "partnerhub-start-"));
    try {
      const run = startProcess({ DATABASE_URL: `file:${dir}/partnerhub.db`, PORT: "0", SANDBOX_PORT: "0", DEMO_CUSTOMERS: "20", LOG_LEVEL: "warn" });
      const [, pageUrl] = await run.waitFor(/Open (http:\/\/127\.0\.0\.1:\d+\/)/);
      const [, healthUrl] = await run.waitFor(/Bot: (http:\/\/127\.0\.0\.1:\d+\/healthz)/);
      expect((await fetch(pageUrl!)).status).toBe(200);
      expect((await fetch(healthUrl!)).status).toBe(200);
      expect((await fetch(healthUrl!.replace("healthz", "readyz"))).status).toBe(200);
      run.child.kill("SIGTERM");
      expect(await run.exited).toBe(0);
      expect(run.output()).not.toMatch(/\n\s+at /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("stops with a sentence naming a malformed variable", async () => {
    const run = startProcess({ DATABASE_URL: "mysql://nowhere", PORT: "0" });
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain('DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL) (it is "mysql://nowhere")');
    expect(run.output()).not.toMatch(/\n\s+at /);
  });
});
