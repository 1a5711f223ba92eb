// `npm start` as a newcomer runs it: the build into dist/, then plain Node on it. The process
// starts the sandbox, the store and the bot, prints where to talk to it, writes a report in a
// worker process from the built JavaScript, and on SIGTERM drains and exits 0. A bad setting
// stops it with a sentence naming the variable.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const ANA = "ana.silva@partner.example";

function startProcess(env: Record<string, string>) {
  const child = spawn(process.execPath, ["dist/bot/main.js"], { cwd: root, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env }, stdio: ["ignore", "pipe", "pipe"] });
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

/** Says `text` as Ana in her direct space and waits for the bot's message with a file. */
async function fileReplyTo(sandbox: string, text: string): Promise<{ name: string; url: string }> {
  const state = (await (await fetch(`${sandbox}_sandbox/state`)).json()) as { rooms: { id: string; type: string; members: string[] }[] };
  const room = state.rooms.find((r) => r.type === "direct" && r.members.includes(ANA))!;
  await fetch(`${sandbox}_sandbox/rooms/${room.id}/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ personEmail: ANA, text }) });
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 200))) {
    const timeline = (await (await fetch(`${sandbox}_sandbox/rooms/${room.id}/timeline`)).json()) as { items: { file?: { name: string; url: string } }[] };
    const withFile = timeline.items.find((item) => item.file);
    if (withFile) return withFile.file!;
  }
  throw new Error(`no file in reply to ${text}`);
}

describe("npm start", () => {
  beforeAll(() => {
    execFileSync(process.execPath, ["bot/build.mjs"], { cwd: root, stdio: "inherit" });
  });

  it("runs on the embedded default, answers health checks, posts a report, and exits 0 on SIGTERM", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "partnerhub-start-"));
    try {
      const run = startProcess({ DATABASE_URL: `file:${dir}/partnerhub.db`, PORT: "0", SANDBOX_PORT: "0", DEMO_CUSTOMERS: "20", LOG_LEVEL: "warn" });
      const [, pageUrl] = await run.waitFor(/Open (http:\/\/127\.0\.0\.1:\d+\/)/);
      const [, healthUrl] = await run.waitFor(/Bot: (http:\/\/127\.0\.0\.1:\d+\/healthz)/);
      expect((await fetch(pageUrl!)).status).toBe(200);
      expect((await fetch(healthUrl!)).status).toBe(200);
      expect((await fetch(healthUrl!.replace("healthz", "readyz"))).status).toBe(200);
      // The report worker is forked from dist/ too: its .js entry must be there and run.
      const file = await fileReplyTo(pageUrl!, "report subscriptions");
      expect(file.name).toMatch(/^Subscription details_[A-Za-z0-9]+_\d{4}-\d{2}-\d{2}\.csv$/);
      const csv = await (await fetch(new URL(file.url, pageUrl!))).text();
      expect(csv.split("\n")[0]).toMatch(/Customer Name/);
      expect(csv.trim().split("\n").length).toBeGreaterThan(20);
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
