// `npm run bench`: runs every bench/*.bench.ts in its own process (so that peak memory is each
// benchmark's own) and lets each write its section of BENCHMARKS.md.
import { readdirSync } from "node:fs";
import { execFileSync } from "node:child_process";
import path from "node:path";

const only = process.argv.slice(2);
const benches = readdirSync(import.meta.dirname)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => only.length === 0 || only.some((name) => f.startsWith(name)))
  .sort();
const tsx = path.resolve(import.meta.dirname, "../node_modules/.bin/tsx");
for (const file of benches) {
  console.log(`\n== ${file}`);
  execFileSync(tsx, [path.join(import.meta.dirname, file)], { stdio: "inherit" });
}
