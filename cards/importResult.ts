// The answer to an import: what landed (counts of created / updated / unchanged), or why
// nothing did (the refusal and the first problems, each with line, column, value, expectation).
import type { Translate } from "../domain/i18n/catalogue.js";
import type { Dialect } from "../domain/import/dialect.js";
import type { Counts, ImportOutcome, ReportKind } from "../domain/import/types.js";
import { adaptiveCard, column, columns, heading, subtle, textBlock, type CardElement, type CardReply } from "./elements.js";

const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

function countsTable(rows: ReadonlyArray<readonly [string, Counts]>, t: Translate): CardElement[] {
  const cells = (values: readonly string[], bold: boolean): CardElement =>
    columns(values.map((value, i) => column([textBlock(value, { size: "Small", weight: bold ? "Bolder" : "Default", horizontalAlignment: i === 0 ? "Left" : "Right" })], i === 0 ? 3 : 2)), { spacing: "Small" });
  return [
    cells([t("import.counts.header.what"), t("import.counts.header.created"), t("import.counts.header.updated"), t("import.counts.header.unchanged")], true),
    ...rows.map(([what, c]) => cells([what, String(c.created), String(c.updated), String(c.unchanged)], false)),
  ];
}

const DELIMITER_NAMES = { ",": "comma", ";": "semicolon", "\t": "tab" } as const;

/** "Read as semicolon-separated Windows-1252, dates day first, decimal comma." */
export function dialectSentence(dialect: Dialect, t: Translate): string {
  const file = t(`import.dialect.file.${DELIMITER_NAMES[dialect.delimiter]}`, { encoding: t(`import.dialect.encoding.${dialect.encoding}`) });
  const dates = dialect.dayFirst === null ? null : t(dialect.dayFirst ? "import.dialect.dates.dayFirst" : "import.dialect.dates.monthFirst");
  const decimal = dialect.decimalComma ? t("import.dialect.decimalComma") : null;
  if (dates && decimal) return t("import.dialect.readDatesDecimal", { file, dates, decimal });
  if (dates) return t("import.dialect.readDates", { file, dates });
  if (decimal) return t("import.dialect.readDecimal", { file, decimal });
  return t("import.dialect.read", { file });
}

export function importResultCard(outcome: ImportOutcome, t: Translate): CardReply {
  if (!outcome.ok) {
    const title = t("import.failed.title", { fileName: outcome.fileName });
    const reason = t(`import.refused.${outcome.refusal}`, {
      ...outcome.details,
      ...(typeof outcome.details.wanted === "string" && outcome.details.wanted && { wanted: t(`import.kind.${outcome.details.wanted as ReportKind}`) }),
      ...(typeof outcome.details.found === "string" && outcome.details.found && { found: t(`import.kind.${outcome.details.found as ReportKind}`) }),
    });
    const problems = outcome.problems.map((p) =>
      t("import.problem", { line: p.line, column: p.column, value: p.value, expected: t(`import.expected.${p.expected}`) }));
    if (outcome.moreProblems > 0) problems.push(t("import.problems.more", { count: outcome.moreProblems }));
    const footer = t("import.failed.nothingWritten");
    const read = outcome.dialect ? [dialectSentence(outcome.dialect, t)] : [];
    const body: CardElement[] = [
      heading(title),
      textBlock(reason, { color: "Attention" }),
      ...problems.map((line) => textBlock(line, { size: "Small", spacing: "Small" })),
      ...read.map((line) => subtle(line)),
      subtle(footer),
    ];
    return { card: adaptiveCard(body), text: [title, reason, ...problems, ...read, footer].join("\n") };
  }

  const title = t("import.done.title", { fileName: outcome.fileName });
  const summary = t("import.done.summary", { rows: outcome.rowsRead, kind: t(`import.kind.${outcome.kind}`) });
  const when = outcome.reportDate ? t("import.done.reportDate", { date: isoDay(outcome.reportDate) }) : t("import.done.noReportDate");
  const rows: Array<readonly [string, Counts]> = [[t("import.counts.customers"), outcome.customers]];
  if (outcome.kind === "subscription-details") rows.push([t("import.counts.subscriptions"), outcome.subscriptions]);
  else rows.push([t("import.counts.records"), outcome.records]);
  const nothingChanged = !outcome.keptNewer && rows.every(([, c]) => c.created === 0 && c.updated === 0);
  const read = outcome.dialect ? [dialectSentence(outcome.dialect, t)] : [];
  const body: CardElement[] = [heading(title), textBlock(summary), subtle(when), ...read.map((line) => subtle(line)), ...countsTable(rows, t)];
  const lines = rows.map(([what, c]) => t("import.counts.line", { what, ...c }));
  if (outcome.keptNewer) {
    body.push(textBlock(t("import.done.keptNewer", { count: outcome.keptNewer })));
    lines.push(t("import.done.keptNewer", { count: outcome.keptNewer }));
  }
  if (nothingChanged) {
    body.push(textBlock(t("import.done.nothingChanged"), { isSubtle: true }));
    lines.push(t("import.done.nothingChanged"));
  }
  return { card: adaptiveCard(body), text: [title, summary, when, ...read, ...lines].join("\n") };
}
