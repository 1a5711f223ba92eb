// A fresh SQLite file per test file, in the OS temp folder.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export interface TestSqlite {
  url: string;
  remove(): void;
}

export function createTestSqlite(): TestSqlite {
  const dir = mkdtempSync(path.join(tmpdir(), "partnerhub-"));
  return { url: `file:${path.join(dir, "test.db")}`, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
