// Draws pictures in one warm child process (chartWorker.ts), never on the event loop that answers
// webhooks. Measured (bench/charts.bench.ts): a picture costs the bot's process nothing but the
// PNG's bytes; the process itself starts in about half a second and is kept for `idleMs` after
// its last picture, so a conversation's pictures do not pay for starting it again. A process
// that dies (or hangs past `timeoutMs`) fails the pictures it held and is started afresh.
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { ChartSpec } from "../../cards/charts/chartSpec.js";
import type { Logger } from "../log.js";
import type { ChartJob, ChartJobResult } from "./chartJob.js";

export interface ChartRenderer {
  /** The PNG of `spec`. */
  render(spec: ChartSpec): Promise<Buffer>;
  /** Starts the process now, so that the first picture does not wait for it. */
  warm(): void;
  stop(): Promise<void>;
}

export interface ChartRendererOptions {
  log: Pick<Logger, "info" | "warn">;
  /** How long the process stays after its last picture (default 10 min). */
  idleMs?: number;
  /** A picture not drawn in this long fails, and the process is replaced (default 20 s). */
  timeoutMs?: number;
  /** Told how long each picture took to draw and the chart process's peak memory so far. */
  onDrawn?: (stats: { renderMs: number; peakRssBytes: number }) => void;
}

// Run from TypeScript (tests, `npm run dev`), the worker needs tsx's loader; from dist/, not.
const fromSource = import.meta.url.endsWith(".ts");
const workerUrl = new URL(fromSource ? "./chartWorker.ts" : "./chartWorker.js", import.meta.url);
const loader = fromSource ? ["--import", import.meta.resolve("tsx")] : [];
/** A chart's heap is a few MB; reaching this is a bug, loudly. */
const WORKER_HEAP_MB = 128;

interface Waiting { resolve(png: Buffer): void; reject(error: Error): void; timer: NodeJS.Timeout }

export function createChartRenderer(options: ChartRendererOptions): ChartRenderer {
  const idleMs = options.idleMs ?? 10 * 60_000;
  const timeoutMs = options.timeoutMs ?? 20_000;
  const waiting = new Map<number, Waiting>();
  let child: ChildProcess | undefined;
  let nextId = 1;
  let idleTimer: NodeJS.Timeout | undefined;

  function failAll(error: Error): void {
    for (const [id, job] of waiting) {
      clearTimeout(job.timer);
      waiting.delete(id);
      job.reject(error);
    }
  }

  // While nothing is being drawn the process must not keep the bot (or a test run) alive.
  function hold(held: boolean): void {
    const channel = child?.channel as { ref?(): void; unref?(): void } | undefined;
    if (held) { child?.ref(); channel?.ref?.(); } else { child?.unref(); channel?.unref?.(); }
  }

  function start(): ChildProcess {
    if (child) return child;
    const started = fork(fileURLToPath(workerUrl), [], {
      execArgv: [...loader, `--max-old-space-size=${WORKER_HEAP_MB}`],
      serialization: "advanced",
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    child = started;
    started.on("message", (message: ChartJobResult | { ready: true }) => {
      if ("ready" in message) return;
      const job = waiting.get(message.id);
      if (!job) return;
      clearTimeout(job.timer);
      waiting.delete(message.id);
      if (message.ok) {
        options.onDrawn?.({ renderMs: message.renderMs, peakRssBytes: message.peakRssBytes });
        job.resolve(Buffer.from(message.png));
      }
      else job.reject(new Error(message.message));
      if (waiting.size === 0) settle();
    });
    started.once("exit", (code, signal) => {
      if (child === started) child = undefined;
      if (waiting.size) options.log.warn({ code, signal }, "the chart process stopped with pictures to draw");
      failAll(new Error(`the chart process stopped (${signal ?? `exit code ${code}`})`));
    });
    started.once("error", (error) => failAll(error));
    return started;
  }

  function settle(): void {
    hold(false);
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => child?.kill(), idleMs);
    idleTimer.unref();
  }

  return {
    render(spec) {
      clearTimeout(idleTimer);
      const process = start();
      hold(true);
      const id = nextId++;
      return new Promise<Buffer>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.delete(id);
          reject(new Error(`the chart was not drawn within ${timeoutMs} ms`));
          process.kill();
        }, timeoutMs);
        waiting.set(id, { resolve, reject, timer });
        const job: ChartJob = { id, spec };
        process.send(job);
      });
    },
    warm() {
      start();
      settle();
    },
    async stop() {
      clearTimeout(idleTimer);
      const running = child;
      if (!running) return;
      const exited = new Promise<void>((resolve) => running.once("exit", () => resolve()));
      // An idle process is unreferenced; waiting for its exit must keep this one alive meanwhile.
      running.ref();
      running.kill();
      await exited;
    },
  };
}

let shared: ChartRenderer | undefined;

/** One renderer for a process that was given none (a bot built without startBot, a CLI). */
export function sharedChartRenderer(log: ChartRendererOptions["log"]): ChartRenderer {
  shared ??= createChartRenderer({ log, idleMs: 60_000 });
  return shared;
}
