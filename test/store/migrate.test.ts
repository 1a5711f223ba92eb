// The migration runner brings an empty database to the current model on both engines, is a
// no-op the second time, refuses an edited migration, and the model round-trips through Prisma.
import { cpSync, mkdtempSync, appendFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate, migrationsFor } from "../../domain/store/migrate.js";
import { createClient } from "../../domain/store/client.js";
import { createTestDatabase, type TestDatabase } from "../support/postgres.js";
import { createTestSqlite, type TestSqlite } from "../support/sqlite.js";

const migrationsRoot = path.resolve(import.meta.dirname, "../../prisma/migrations");

for (const engine of ["sqlite", "postgres"] as const) {
  describe(`migrations on ${engine}`, () => {
    let database: TestDatabase | TestSqlite;
    beforeAll(async () => { database = engine === "sqlite" ? createTestSqlite() : await createTestDatabase(); });
    afterAll(async () => { if ("drop" in database) await database.drop(); else database.remove(); });

    it("applies every migration once, then nothing", async () => {
      const first = await migrate(database.url);
      expect(first.applied).toEqual(migrationsFor(engine).map((m) => m.name));
      const second = await migrate(database.url);
      expect(second.applied).toEqual([]);
      expect(second.alreadyApplied).toBe(first.applied.length);
    });

    it("round-trips a customer with a subscription, licenses, tags and an admin", async () => {
      const db = createClient(database.url);
      try {
        const addedAt = new Date("2026-01-31T23:59:59.123Z");
        await db.customer.create({
          data: {
            id: "3f2a6c1e-0000-4000-8000-000000000001", name: "Acme Ñandú GmbH", nameKey: "acme nandu gmbh", region: "EU", addedAt,
            subscriptions: { create: { id: "Sub-1", type: "subscription", status: "active", startAt: addedAt, endAt: null, autoRenew: true,
              licenses: { create: [{ product: "meetings", family: "meetings", total: 10, assigned: 12, used: 3 }] } } },
            tags: { create: { tag: { create: { name: "Strategic", nameKey: "strategic", createdBy: "ana@x.example" } }, assignedBy: "ana@x.example" } },
          },
        });
        const read = await db.customer.findUniqueOrThrow({
          where: { id: "3f2a6c1e-0000-4000-8000-000000000001" },
          include: { subscriptions: { include: { licenses: true } }, tags: { include: { tag: true } } },
        });
        expect(read.name).toBe("Acme Ñandú GmbH");
        expect(read.addedAt.toISOString()).toBe("2026-01-31T23:59:59.123Z");
        expect(read.subscriptions[0]?.autoRenew).toBe(true);
        expect(read.subscriptions[0]?.licenses[0]).toMatchObject({ total: 10, assigned: 12, used: 3 });
        expect(read.tags[0]?.tag.name).toBe("Strategic");
        await expect(db.tag.create({ data: { name: "strategic", nameKey: "strategic", createdBy: "x" } })).rejects.toMatchObject({ code: "P2002" });
      } finally {
        await db.$disconnect();
      }
    });
  });
}

describe("an edited migration", () => {
  it("is refused with a sentence naming it", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "migrations-"));
    cpSync(migrationsRoot, root, { recursive: true });
    const sqlite = createTestSqlite();
    try {
      await migrate(sqlite.url, root);
      const first = readdirSync(path.join(root, "sqlite")).filter((f) => /^\d{4}_/.test(f)).sort()[0]!;
      appendFileSync(path.join(root, "sqlite", first, "migration.sql"), "\n-- edited\n");
      await expect(migrate(sqlite.url, root)).rejects.toThrow(`migration ${first} was edited after it was applied`);
    } finally {
      sqlite.remove();
    }
  });
});
