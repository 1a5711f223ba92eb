// `npm start` runs the bot as plain JavaScript from dist/, built here in about a second with
// esbuild (file by file, no bundling, so every import.meta path keeps its place in the tree).
// Running through tsx instead kept its TypeScript loader and esbuild's worker in the bot's
// process: about 40 MB of RSS for nothing in production (bench/reports.bench.ts).
// Type checking stays with `npm run typecheck`; tests and CLIs run the TypeScript directly.
import { cpSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";

const root = path.resolve(import.meta.dirname, "..");
const out = path.join(root, "dist");
const extraRoots = process.argv.slice(2);

/** Every .ts file under `dir` (relative to the project), skipping declaration files. */
function typescriptFiles(dir) {
  const absolute = path.join(root, dir);
  return readdirSync(absolute, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts"))
    .map((file) => path.join(absolute, file))
    .filter((file) => statSync(file).isFile());
}

const entryPoints = ["bot", "domain", "cards", "prisma", ...extraRoots].flatMap(typescriptFiles);
rmSync(out, { recursive: true, force: true });
await build({
  entryPoints,
  outdir: out,
  outbase: root,
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: "linked",
  logLevel: "warning",
});
// What the code reads from beside itself at run time.
cpSync(path.join(root, "prisma/migrations"), path.join(out, "prisma/migrations"), { recursive: true });
cpSync(path.join(root, "bot/sandbox/page"), path.join(out, "bot/sandbox/page"), { recursive: true });
