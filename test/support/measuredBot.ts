// Starts measuredBotMain.ts in a child process and measures it from outside: resident memory
// (VmRSS in /proc/<pid>/status) and /healthz latency, sampled while the bot works.
import { fork, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

export interface BotAnswer { text: string; status: Array<{ id: string; text?: string }>; edits: Array<{ messageId: string; text?: string }> }

export interface BotProcess {
  pid: number;
  healthUrl: string;
  child: ChildProcess;
  /** Reads `file` into the bot's process (as the sandbox will hold it) before a drop of it, then
   * collects its garbage: a baseline taken next is the bot at rest, not wherever V8's collector was. */
  load(file: string): Promise<void>;
  drop(email: string, name: string, file: string, timeoutMs?: number): Promise<BotAnswer>;
  /** Samples RSS and /healthz every `everyMs` until the returned stop() is called. */
  watch(everyMs?: number): () => Promise<{ rssStartMb: number; rssPeakMb: number; healthMaxMs: number; healthFailures: number; samples: number }>;
  stop(): Promise<void>;
}

export const rssMbOf = (pid: number): number => {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return match ? Number(match[1]) / 1024 : 0;
};

export async function startBotProcess(env: { databaseUrl: string; maxImportBytes?: number }): Promise<BotProcess> {
  // From TypeScript (tests) through tsx; built into dist/ (the import benchmark), as plain Node.
  const fromSource = import.meta.url.endsWith(".ts");
  const child = fork(path.join(import.meta.dirname, fromSource ? "measuredBotMain.ts" : "measuredBotMain.js"), [], {
    execArgv: [...(fromSource ? ["--import", import.meta.resolve("tsx")] : []), "--expose-gc"],
    env: { ...process.env, BOT_DATABASE_URL: env.databaseUrl, ...(env.maxImportBytes && { BOT_MAX_IMPORT_BYTES: String(env.maxImportBytes) }) },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    serialization: "advanced",
  });
  const ready = await new Promise<{ healthUrl: string }>((resolve, reject) => {
    child.once("message", (m: { type: string; healthUrl: string }) => resolve(m));
    child.once("exit", (code) => reject(new Error(`the bot process exited (${code}) before it was ready`)));
  });
  return {
    pid: child.pid!,
    healthUrl: ready.healthUrl,
    child,
    load(file) {
      return new Promise((resolve, reject) => {
        child.once("message", (m: { type: string; message?: string }) => (m.type === "loaded" ? resolve() : reject(new Error(m.message))));
        child.send({ type: "load", path: file });
      });
    },
    drop(email, name, file, timeoutMs = 120_000) {
      return new Promise((resolve, reject) => {
        child.once("message", (m: { type: string; message?: string } & BotAnswer) => (m.type === "answer" ? resolve(m) : reject(new Error(m.message))));
        child.send({ type: "drop", email, name, path: file, timeoutMs });
      });
    },
    watch(everyMs = 100) {
      const rssStartMb = rssMbOf(child.pid!);
      let rssPeakMb = rssStartMb;
      let healthMaxMs = 0;
      let healthFailures = 0;
      let samples = 0;
      let running = true;
      const loop = (async () => {
        while (running) {
          rssPeakMb = Math.max(rssPeakMb, rssMbOf(child.pid!));
          const start = performance.now();
          try {
            const response = await fetch(ready.healthUrl, { signal: AbortSignal.timeout(5000) });
            if (!response.ok) healthFailures++;
          } catch {
            healthFailures++;
          }
          healthMaxMs = Math.max(healthMaxMs, performance.now() - start);
          samples++;
          await new Promise((r) => setTimeout(r, everyMs));
        }
      })();
      return async () => {
        running = false;
        await loop;
        return { rssStartMb, rssPeakMb, healthMaxMs, healthFailures, samples };
      };
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.send({ type: "stop" });
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    },
  };
}
