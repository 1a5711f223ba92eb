// The README's command table is the command table: a command added, renamed or re-described
// without `npm run docs` fails here.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defaultTables } from "../../bot/tables.js";
import { withCommandTable } from "../../bot/commands/commandDocs.js";

describe("README.md", () => {
  const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

  it("lists every command exactly as the command table declares it", () => {
    expect(readme).toBe(withCommandTable(readme, defaultTables));
    for (const command of defaultTables.commands) expect(readme).toContain(`\`${command.usage.replace(/\|/g, "\\|")}\``);
  });

  it("shows the two commands a newcomer needs", () => {
    expect(readme).toContain("npm install && npm start");
    expect(readme).toContain("npm test");
  });
});
