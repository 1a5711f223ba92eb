// Everything an import does before it touches the store: decode, parse, recognise the report
// kind from its headers, validate every row with zod. Pure: the result is either rows ready to
// land or a refusal with the first problems, and nothing has been written either way.
import { createHash } from "node:crypto";
import { headerFor, matchColumns } from "./columns.js";
import { parseCsv } from "./csv.js";
import { decodeReportBytes } from "./decode.js";
import { DETECTION_ORDER, KIND_SPECS, rowSchemaFor, type RowsOfKind } from "./kinds/index.js";
import type { Dialect } from "./dialect.js";
import type { Expectation, ImportLimits, ImportOutcome, ReportKind, RowProblem } from "./types.js";

export type PreparedImport = {
  [K in ReportKind]: { kind: K; rows: RowsOfKind[K][]; lines: number[]; rowsRead: number; fileName: string; sha256: string; dialect: Dialect };
}[ReportKind];

export type Refused = Extract<ImportOutcome, { ok: false }>;

export function prepareImport(bytes: Uint8Array, fileName: string, limits: ImportLimits, wanted?: ReportKind): PreparedImport | Refused {
  const refuse = (refusal: Refused["refusal"], details: Refused["details"] = {}, kind: ReportKind | null = null, rowsRead = 0, problems: RowProblem[] = [], more = 0): Refused =>
    ({ ok: false, fileName, kind, rowsRead, refusal, details, problems, moreProblems: more, ...(dialect && { dialect }) });
  let dialect: Dialect | undefined;

  const decoded = decodeReportBytes(bytes, fileName, limits);
  if (!decoded.ok) return refuse(decoded.refusal, decoded.details);
  dialect = decoded.dialect;
  const records = parseCsv(decoded.text, dialect.delimiter);
  const header = records[0]?.cells ?? [];
  const detected = DETECTION_ORDER.find((kind) => matchColumns(KIND_SPECS[kind], header) !== null) ?? null;
  if (wanted && detected !== wanted) {
    return refuse(detected ? "wrongKind" : "unknownKind", { wanted, found: detected ?? "" }, wanted);
  }
  if (!detected) return refuse("unknownKind", { headers: header.slice(0, 6).map((h) => h.trim()).join(", ") });
  const spec = KIND_SPECS[detected];
  const matched = matchColumns(spec, header)!;
  const body = records.slice(1);
  if (body.length === 0) return refuse("noRows", {}, detected);

  const rows: unknown[] = [];
  const lines: number[] = [];
  const problems: RowProblem[] = [];
  let problemCount = 0;
  const keys = [...matched.keys()];
  const row = rowSchemaFor(detected, dialect);
  for (const record of body) {
    const input: Record<string, string> = {};
    for (const column of spec.columns) input[column.key] = "";
    for (const key of keys) input[key] = record.cells[matched.get(key)!] ?? "";
    const result = row.safeParse(input);
    if (result.success) {
      rows.push(result.data);
      lines.push(record.line);
      continue;
    }
    for (const issue of result.error.issues) {
      problemCount++;
      if (problems.length >= limits.maxProblems) continue;
      const key = String(issue.path[0] ?? "");
      problems.push({ line: record.line, column: headerFor(spec, header, matched, key), value: input[key] ?? "", expected: issue.message as Expectation });
    }
  }
  if (problemCount > 0) return refuse("invalidRows", { count: problemCount }, detected, body.length, problems, problemCount - problems.length);
  const sha256 = createHash("sha256").update(decoded.text).digest("hex");
  return { kind: detected, rows, lines, rowsRead: body.length, fileName, sha256, dialect } as PreparedImport;
}

export function isRefused(value: PreparedImport | Refused): value is Refused {
  return "ok" in value && value.ok === false;
}
