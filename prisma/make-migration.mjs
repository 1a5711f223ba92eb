// Writes the next migration for both databases: `npm run migrations:make -- <name>`.
// `prisma migrate dev` needs a shadow database and fails with the JavaScript schema engine, so
// each migration folder keeps the schema it produced (schema.snapshot.prisma) and the next one is
// the diff from that snapshot to the current schema, for SQLite and for PostgreSQL alike.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync, copyFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { derivePostgresSchema } from "./derive-schema.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(here);
const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_").toLowerCase();
if (!name) {
  console.error("usage: npm run migrations:make -- <name>");
  process.exit(2);
}
mkdirSync(path.join(root, "data"), { recursive: true });
const prismaCli = path.join(root, "node_modules", "prisma", "build", "index.js");
const sqliteSchema = readFileSync(path.join(here, "schema.prisma"), "utf8");
writeFileSync(path.join(here, "schema.postgres.prisma"), derivePostgresSchema(sqliteSchema));

const engines = [
  { dir: "sqlite", schema: "schema.prisma", url: "file:./data/generate.db" },
  { dir: "postgres", schema: "schema.postgres.prisma", url: "postgresql://postgres@127.0.0.1:5432/postgres" },
];
for (const engine of engines) {
  const folder = path.join(here, "migrations", engine.dir);
  mkdirSync(folder, { recursive: true });
  const previous = readdirSync(folder).filter((f) => /^\d{4}_/.test(f)).sort();
  const last = previous.at(-1);
  const from = last
    ? ["--from-schema-datamodel", path.join(folder, last, "schema.snapshot.prisma")]
    : ["--from-empty"];
  const sql = execFileSync(
    process.execPath,
    [prismaCli, "migrate", "diff", ...from, "--to-schema-datamodel", path.join(here, engine.schema), "--script"],
    { cwd: root, env: { ...process.env, DATABASE_URL: engine.url }, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
  );
  if (!/CREATE|ALTER|DROP/i.test(sql)) {
    console.log(`${engine.dir}: no change`);
    continue;
  }
  const number = String(previous.length + 1).padStart(4, "0");
  const target = path.join(folder, `${number}_${name}`);
  if (existsSync(target)) throw new Error(`${target} exists`);
  mkdirSync(target);
  writeFileSync(path.join(target, "migration.sql"), sql);
  copyFileSync(path.join(here, engine.schema), path.join(target, "schema.snapshot.prisma"));
  console.log(`${engine.dir}: wrote ${path.relative(root, target)}`);
}
