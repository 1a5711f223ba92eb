// Runs a describe block once per database engine, each on a fresh, migrated store.
import { afterAll, beforeAll, describe } from "vitest";
import { openStore, type Store } from "../../domain/store/client.js";
import { createTestDatabase } from "./postgres.js";
import { createTestSqlite } from "./sqlite.js";

export type EngineName = "sqlite" | "postgres";
export const ENGINES: readonly EngineName[] = ["sqlite", "postgres"];

/** A fresh store on `engine`; `dispose` closes it and removes the database. */
export async function freshStore(engine: EngineName): Promise<{ store: Store; url: string; dispose(): Promise<void> }> {
  if (engine === "sqlite") {
    const file = createTestSqlite();
    const store = await openStore(file.url);
    return { store, url: file.url, dispose: async () => { await store.close(); file.remove(); } };
  }
  const database = await createTestDatabase();
  const store = await openStore(database.url);
  // Dropped even when the store was closed already (a second close throws): the databases of a
  // 50,000-customer bench are up to 1.3 GB each.
  return { store, url: database.url, dispose: async () => { try { await store.close(); } catch { /* closed already */ } await database.drop(); } };
}

/** `describe` for each engine; `getStore()` is valid inside tests. */
export function describeEachEngine(title: string, body: (getStore: () => Store, engine: EngineName) => void): void {
  for (const engine of ENGINES) {
    describe(`${title} [${engine}]`, () => {
      let current: Awaited<ReturnType<typeof freshStore>> | undefined;
      beforeAll(async () => { current = await freshStore(engine); });
      afterAll(async () => { await current?.dispose(); });
      body(() => {
        if (!current) throw new Error("store not ready");
        return current.store;
      }, engine);
    });
  }
}
