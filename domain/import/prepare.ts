// A whole report read into memory, for the one caller that needs its rows together: sync, which
// lands the Partner Reports download inside the transaction that also writes what the partner
// APIs returned. Files dropped in a space and the CLI go through importReport, which stages
// rows on disk instead (staging.ts). Nothing here writes to the store.
import { type ImportInput, openCsv, RefusedFile } from "./open.js";
import { readReport } from "./read.js";
import type { Dialect } from "./dialect.js";
import type { RowsOfKind } from "./kinds/index.js";
import type { ImportLimits, ImportOutcome, ReportKind, RowProblem } from "./types.js";

export type PreparedImport = {
  [K in ReportKind]: { kind: K; rows: RowsOfKind[K][]; lines: number[]; rowsRead: number; fileName: string; sha256: string; dialect: Dialect };
}[ReportKind];

export type Refused = Extract<ImportOutcome, { ok: false }>;

export function refusedOutcome(fileName: string, refused: RefusedFile): Refused {
  return { ok: false, fileName, kind: refused.kind, rowsRead: 0, refusal: refused.refusal, details: refused.details, problems: [], moreProblems: 0, ...(refused.dialect && { dialect: refused.dialect }) };
}

export function invalidRows(fileName: string, kind: ReportKind, rowsRead: number, problems: RowProblem[], count: number, dialect?: Dialect): Refused {
  return { ok: false, fileName, kind, rowsRead, refusal: "invalidRows", details: { count }, problems, moreProblems: count - problems.length, ...(dialect && { dialect }) };
}

export async function prepareImport(input: ImportInput | Uint8Array, fileName: string, limits: ImportLimits, wanted?: ReportKind): Promise<PreparedImport | Refused> {
  const source: ImportInput = input instanceof Uint8Array ? { bytes: input } : input;
  const rows: unknown[] = [];
  const lines: number[] = [];
  try {
    const opened = await openCsv(source, fileName, limits);
    try {
      const read = await readReport(opened.chunks, { limits, wanted }, (_kind, batch) => {
        for (const { row, line } of batch) { rows.push(row); lines.push(line); }
      });
      if (read.problemCount > 0) return invalidRows(fileName, read.kind, read.rowsRead, read.problems, read.problemCount, read.dialect);
      return { kind: read.kind, rows, lines, rowsRead: read.rowsRead, fileName, sha256: read.sha256, dialect: read.dialect } as PreparedImport;
    } finally {
      opened.close();
    }
  } catch (error) {
    if (error instanceof RefusedFile) return refusedOutcome(fileName, error);
    throw error;
  }
}

export function isRefused(value: PreparedImport | Refused): value is Refused {
  return "ok" in value && value.ok === false;
}
