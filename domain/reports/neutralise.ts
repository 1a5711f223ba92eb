// CSV injection: a spreadsheet runs a cell that begins with =, +, -, @, tab, CR or LF as a
// formula. Text that comes from customers (names, locations) is prefixed with ' so that it is
// shown, never run (OWASP's guidance). Numbers are ours and are written as numbers.
const FORMULA_START = /^[=+\-@\t\r\n]/;

export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export type CsvCell = string | number | boolean | null | undefined;

export function neutraliseRecord(record: Record<string, CsvCell>): Record<string, string | number> {
  const safe: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === null || value === undefined) safe[key] = "";
    else if (typeof value === "string") safe[key] = neutraliseCell(value);
    else if (typeof value === "boolean") safe[key] = value ? "Yes" : "No";
    else safe[key] = Number.isFinite(value) ? value : "";
  }
  return safe;
}
