// The Prisma CLI runs with its JavaScript schema engine and a driver adapter, so that nothing
// downloads a native engine (see ../shared/DESIGN.md, "Platform facts"). The schema and the
// database follow DATABASE_URL: SQLite for file: URLs, PostgreSQL otherwise.
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";

const databaseUrl = process.env.DATABASE_URL ?? "file:./data/partnerhub.db";
const isPostgres = /^postgres(ql)?:\/\//.test(databaseUrl);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: isPostgres ? "prisma/schema.postgres.prisma" : "prisma/schema.prisma",
  async adapter() {
    return isPostgres
      ? new PrismaPg({ connectionString: databaseUrl })
      : new PrismaBetterSQLite3({ url: databaseUrl });
  },
});
