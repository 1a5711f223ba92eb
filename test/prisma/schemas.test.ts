// The two schema files must describe one model: the PostgreSQL one is derived from the SQLite
// one and may differ only in the provider and the generated client's folder.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error plain ESM helper shared with the install script, no types
import { derivePostgresSchema } from "../../prisma/derive-schema.mjs";

const read = (name: string): string => readFileSync(new URL(`../../prisma/${name}`, import.meta.url), "utf8");
const latestMigration = (engine: string): string =>
  readdirSync(new URL(`../../prisma/migrations/${engine}/`, import.meta.url)).filter((f) => /^\d{4}_/.test(f)).sort().at(-1)!;

describe("the schema files", () => {
  it("keeps schema.postgres.prisma equal to the derivation of schema.prisma", () => {
    expect(read("schema.postgres.prisma")).toBe(derivePostgresSchema(read("schema.prisma")));
  });

  it("differ only in the provider and the client output, line by line", () => {
    const sqlite = read("schema.prisma").split("\n");
    const postgres = read("schema.postgres.prisma").split("\n").slice(1); // without the GENERATED header
    expect(postgres.length).toBe(sqlite.length);
    const differing = sqlite.flatMap((line, i) => (line === postgres[i] ? [] : [[line.trim(), postgres[i]!.trim()]]));
    expect(differing).toEqual([
      ['output     = "./generated/sqlite"', 'output     = "./generated/postgres"'],
      ['provider = "sqlite"', 'provider = "postgresql"'],
    ]);
  });

  it("has, for each engine, a latest migration whose snapshot is the current schema", () => {
    // A schema change without `npm run migrations:make` would ship a model the database lacks.
    for (const [engine, file] of [["sqlite", "schema.prisma"], ["postgres", "schema.postgres.prisma"]] as const) {
      expect(read(`migrations/${engine}/${latestMigration(engine)}/schema.snapshot.prisma`), engine).toBe(read(file));
    }
  });
});
