// CSV injection: a spreadsheet runs a cell that begins with =, +, -, @, tab, CR or LF as a
// formula. Text that comes from customers (names, locations) is prefixed with ' so that it is
// shown, never run (OWASP's guidance). Numbers are ours and are written as numbers.
const FORMULA_START = /^[=+\-@\t\r\n]/;

export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export type CsvCell = string | number | boolean | null | undefined;

/** One cell as written: empty for none, Yes / No, numbers as numbers, text neutralised. */
export function csvCell(value: CsvCell): string | number {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return neutraliseCell(value);
  if (typeof value === "boolean") return value ? "Yes" : "No";
  return Number.isFinite(value) ? value : "";
}

/** The cells of `record` in the order of `columnIds`, ready for the CSV line. */
export function csvCells(record: Record<string, CsvCell>, columnIds: readonly string[]): (string | number)[] {
  const cells = new Array<string | number>(columnIds.length);
  for (let i = 0; i < columnIds.length; i++) cells[i] = csvCell(record[columnIds[i]!]);
  return cells;
}
