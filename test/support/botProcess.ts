// Bot instances as production runs them: the built JavaScript (dist/bot/main.js) in webhook mode
// against a Webex stand-in, several of them behind one webhook URL served by a small round-robin
// balancer that skips an instance that does not answer. Used by the multi-process tests and the
// burst benchmark.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { createServer, type Server } from "node:http";
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");

/** Builds dist/ (about a second); call once per test file. */
export function buildDist(): void {
  execFileSync(process.execPath, ["bot/build.mjs"], { cwd: ROOT, stdio: "ignore" });
}

export interface BotProcess {
  child: ChildProcess;
  /** Resolves with the port once the bot logged "bot ready". */
  ready: Promise<number>;
  port?: number;
  exited: Promise<number | null>;
  output(): string;
}

export function startBotProcess(env: Record<string, string>): BotProcess {
  const child = spawn(process.execPath, [...(process.env.BOT_PROFILE_DIR ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BOT_PROFILE_DIR}`] : []), "dist/bot/main.js"], {
    cwd: ROOT, env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: "info", ...env }, stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const bot: BotProcess = {
    child,
    output: () => output,
    exited: new Promise((resolve) => child.on("exit", (code) => resolve(code))),
    ready: new Promise((resolve, reject) => {
      const look = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.length > 2_000_000) output = output.slice(-1_000_000);
        // Once ready, only kept: searching megabytes of log on every chunk cost the benchmark's CPU.
        if (bot.port !== undefined) return;
        const match = /"port":(\d+)[^\n]*"msg":"bot ready"/.exec(output);
        if (match && bot.port === undefined) {
          bot.port = Number(match[1]);
          resolve(bot.port);
        }
      };
      child.stdout!.on("data", look);
      child.stderr!.on("data", look);
      child.on("exit", (code) => reject(new Error(`the bot exited (${code}) before it was ready:\n${output.slice(-4000)}`)));
    }),
  };
  return bot;
}

export interface Balancer {
  url: string;
  /** The instances the balancer sends to, in turn; an instance that refuses is skipped. */
  backends: number[];
  forwarded: number;
  close(): Promise<void>;
}

/** One webhook URL in front of several instances: round robin, skipping a dead one. */
export async function startBalancer(): Promise<Balancer> {
  let turn = 0;
  const balancer: Balancer = { url: "", backends: [], forwarded: 0, close: async () => undefined };
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const headers: Record<string, string> = {};
    for (const name of ["content-type", "x-spark-signature"]) if (req.headers[name]) headers[name] = String(req.headers[name]);
    // Each request starts at the next instance in turn and goes round the others from there.
    const start = turn++;
    for (let tries = 0; tries < Math.max(1, balancer.backends.length) * 2; tries++) {
      const backends = balancer.backends;
      if (backends.length === 0) break;
      const port = backends[(start + tries) % backends.length]!;
      try {
        const answer = await fetch(`http://127.0.0.1:${port}${req.url}`, { method: req.method, headers, body: req.method === "POST" ? body : undefined, signal: AbortSignal.timeout(10_000) });
        // An instance shutting down may answer 503: try another.
        if (answer.status === 503) {
          if (process.env.DEBUG_BALANCER) console.error("balancer 503 from", port);
          continue;
        }
        balancer.forwarded++;
        res.writeHead(answer.status, { "content-type": answer.headers.get("content-type") ?? "application/json" });
        res.end(Buffer.from(await answer.arrayBuffer()));
        return;
      } catch (error) {
        // Refused or reset: the instance is gone or going; the next one gets the event.
        if (process.env.DEBUG_BALANCER) console.error("balancer", port, (error as Error).message, (error as { cause?: { code?: string } }).cause?.code);
      }
    }
    res.writeHead(502).end();
  });
  server.keepAliveTimeout = 1000;
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  balancer.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  balancer.close = async () => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await closed;
  };
  return balancer;
}

/** Polls `probe` until it returns a value (not undefined). */
export async function eventually<T>(probe: () => Promise<T | undefined> | T | undefined, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
