// A small RFC 4180 reader: quoted fields with commas, doubled quotes and line breaks, CRLF or
// LF endings, blank lines skipped. Partner Hub reports are plain comma-separated UTF-8; no
// package here parses CSV, and this is all they need.

export interface CsvRecord {
  /** 1-based line of the file where the record starts (what a user sees in an editor). */
  line: number;
  cells: string[];
}

/** Splits `text` (BOM already removed) into records; a blank line is not a record. */
export function parseCsv(text: string, delimiter: "," | ";" | "\t" = ","): CsvRecord[] {
  const sep = delimiter.charCodeAt(0);
  const records: CsvRecord[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  while (i < n) {
    const recordLine = line;
    const cells: string[] = [];
    // One record: fields until an unquoted line break or the end of the text.
    for (;;) {
      let start = i;
      while (start < n && (text[start] === " " || (text[start] === "\t" && sep !== 9))) start++;
      if (text[start] === '"') {
        // Quoted field: slices between doubled quotes, so a 50,000-row file is not built char by char.
        let value = "";
        let from = start + 1;
        for (;;) {
          const quote = text.indexOf('"', from);
          if (quote === -1) { value += text.slice(from); i = n; break; }
          value += text.slice(from, quote);
          if (text[quote + 1] === '"') { value += '"'; from = quote + 2; continue; }
          i = quote + 1;
          break;
        }
        for (let k = value.indexOf("\n"); k !== -1; k = value.indexOf("\n", k + 1)) line++;
        // Anything between the closing quote and the separator is kept, as spreadsheets do.
        let j = i;
        while (j < n && text[j] !== delimiter && text[j] !== "\n" && text[j] !== "\r") j++;
        cells.push(value + text.slice(i, j));
        i = j;
      } else {
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === sep || c === 10 || c === 13) break; // delimiter \n \r
          j++;
        }
        cells.push(text.slice(i, j));
        i = j;
      }
      if (i < n && text[i] === delimiter) { i++; continue; }
      break;
    }
    if (text[i] === "\r") i++;
    if (text[i] === "\n") i++;
    line++;
    if (!(cells.length === 1 && cells[0]!.trim() === "")) records.push({ line: recordLine, cells });
  }
  return records;
}

/** A header as the kinds compare it: no case, accents, spaces, quotes or punctuation. */
export function headerKey(header: string): string {
  return header.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z0-9]/g, "");
}
