// Derives the PostgreSQL schema from the SQLite one and generates both Prisma clients.
// Runs at `npm install` (postinstall). The PostgreSQL schema differs from the SQLite one only in
// the datasource provider and the client's output folder; test/prisma/schemas.test.ts holds
// them to that.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { derivePostgresSchema } from "./derive-schema.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(here);
const sqliteSchema = path.join(here, "schema.prisma");
const postgresSchema = path.join(here, "schema.postgres.prisma");

writeFileSync(postgresSchema, derivePostgresSchema(readFileSync(sqliteSchema, "utf8")));

mkdirSync(path.join(root, "data"), { recursive: true });
const prismaCli = path.join(root, "node_modules", "prisma", "build", "index.js");
const targets = [
  { schema: sqliteSchema, url: "file:./data/generate.db" },
  { schema: postgresSchema, url: "postgresql://localhost:5432/generate" },
];
for (const { schema, url } of targets) {
  execFileSync(process.execPath, [prismaCli, "generate", "--schema", schema], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    // The CLI must resolve env("DATABASE_URL") or it tries to download a query engine.
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
}
console.log("prisma: generated the SQLite and PostgreSQL clients");
