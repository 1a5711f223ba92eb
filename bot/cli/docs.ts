// `npm run docs`: rewrites the README's command table from the command table.
import { readFileSync, writeFileSync } from "node:fs";
import { defaultTables } from "../tables.js";
import { withCommandTable } from "../commands/commandDocs.js";

const readme = new URL("../../README.md", import.meta.url);
writeFileSync(readme, withCommandTable(readFileSync(readme, "utf8"), defaultTables));
console.log("README.md: command table rewritten from bot/tables.ts");
