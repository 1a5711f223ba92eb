// Shared by every benchmark: timing statistics, the machine's description, and writing one
// section of BENCHMARKS.md (between markers, so each benchmark rewrites only its own numbers).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/** The project's folder, from bench/ or, built, from dist/bench/ (the reports benchmark measures the built JavaScript). */
export const projectRoot = path.resolve(import.meta.dirname, import.meta.url.endsWith(".js") ? "../.." : "..");
export const benchmarksFile = path.join(projectRoot, "BENCHMARKS.md");

export function percentile(sortedMs: readonly number[], p: number): number {
  if (sortedMs.length === 0) return NaN;
  const index = Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1);
  return sortedMs[Math.max(0, index)]!;
}

export interface Timing { p50: number; p99: number; mean: number; runs: number }

/** Runs `fn` `warmup` times unmeasured, then `runs` times, and summarises the wall times in ms. */
export async function timeIt(fn: () => Promise<unknown> | unknown, runs = 50, warmup = 5): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p99: percentile(samples, 99), mean: samples.reduce((a, b) => a + b, 0) / runs, runs };
}

export function machineDescription(): string {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  return `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, ${os.platform()} ${os.release()}, load average ${loadAverage()}`;
}

/** The 1/5/15-minute load averages: a number above the core count means the figures are not to be trusted. */
export function loadAverage(): string {
  return os.loadavg().map((load) => load.toFixed(2)).join(" / ");
}

export const ms = (value: number): string => (Number.isFinite(value) ? value.toFixed(1) : "n/a");

/** Replaces (or appends) the section `name` of BENCHMARKS.md with `markdown`. */
export function writeBenchmarkSection(name: string, markdown: string): void {
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const block = `${start}\n${markdown.trim()}\n\n_Measured ${new Date().toISOString().slice(0, 10)} on ${machineDescription()}._\n${end}`;
  let text = existsSync(benchmarksFile)
    ? readFileSync(benchmarksFile, "utf8")
    : "# Benchmarks\n\nWritten by `npm run bench`; each section is rewritten by its own benchmark.\n";
  const pattern = new RegExp(`${start}[\\s\\S]*?${end}`);
  text = pattern.test(text) ? text.replace(pattern, block) : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(benchmarksFile, text);
}
