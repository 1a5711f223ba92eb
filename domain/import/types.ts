// The vocabulary of an import: report kinds, limits, the outcome a user is shown.
import type { Clock } from "../clock.js";
import type { Db } from "../store/client.js";
import type { Dialect } from "./dialect.js";

/** The Partner Hub reports the bot can import, in the order kind detection tries them. */
export const REPORT_KINDS = ["subscription-details", "calling-usage", "call-queue-stats", "call-history", "call-quality"] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const IMPORT_SOURCES = ["space", "cli", "sync"] as const;
export type ImportSource = (typeof IMPORT_SOURCES)[number];

export interface ImportLimits {
  /** Largest file accepted, zipped or not (and the largest CSV inside a zip). */
  maxBytes: number;
  /** Row problems listed in the outcome; the rest are only counted. */
  maxProblems: number;
}

export const DEFAULT_IMPORT_LIMITS: ImportLimits = { maxBytes: 50 * 1024 * 1024, maxProblems: 20 };

/** What a value in a column should have looked like: each is a message key suffix (import.expected.*). */
export const EXPECTATIONS = [
  "required", "wholeNumber", "number", "date", "yesNo", "subscriptionStatus", "orgId", "knownCustomer", "duration", "unambiguousDate", "region",
] as const;
export type Expectation = (typeof EXPECTATIONS)[number];

/** One cell that failed validation: where it is, what it held, what was expected. */
export interface RowProblem {
  line: number;
  column: string;
  value: string;
  expected: Expectation;
}

/** Why a whole file was refused before any row was looked at (message key suffix import.refused.*). */
export const REFUSALS = [
  "empty", "tooLarge", "notUtf8", "zipUnreadable", "zipEmpty", "zipSeveral", "unknownKind", "wrongKind", "noRows", "invalidRows",
  // A quote that never closes; a zip that inflates like a bomb; the importing process ended mid-way.
  "badCsv", "zipSuspicious", "stopped",
] as const;
export type Refusal = (typeof REFUSALS)[number];

export interface Counts { created: number; updated: number; unchanged: number }
export const zeroCounts = (): Counts => ({ created: 0, updated: 0, unchanged: 0 });

export interface ImportedSummary {
  kind: ReportKind;
  fileName: string;
  rowsRead: number;
  reportDate: Date | null;
  customers: Counts;
  subscriptions: Counts;
  /** Call-queue weeks, calling-usage rows or call-quality weeks, for the kinds that carry them. */
  records: Counts;
  /** Subscriptions whose figures came from a newer report and were kept (newest wins); absent when none. */
  keptNewer?: number;
}

export type ImportOutcome =
  | ({ ok: true; batchId: number; /** How the file was read; absent for data that was no file (sync's APIs). */ dialect?: Dialect } & ImportedSummary)
  | {
      ok: false;
      fileName: string;
      kind: ReportKind | null;
      rowsRead: number;
      refusal: Refusal;
      /** Placeholders of the refusal's sentence (sizes, names, the kind that was expected). */
      details: Record<string, string | number>;
      problems: RowProblem[];
      /** Problems beyond the ones listed. */
      moreProblems: number;
      /** How the file was read, once its bytes were looked at. */
      dialect?: Dialect;
    };

/** How far a long import is: rows read so far, and the rows the whole file likely holds. */
export interface ImportProgress {
  phase: "reading" | "saving";
  kind: ReportKind | null;
  rows: number;
  estimatedRows: number;
}

export interface ImportRequest {
  db: Db;
  /** The file in memory (tests, small files), or `path` to a file that is read as a stream. */
  bytes?: Uint8Array;
  path?: string;
  fileName: string;
  /** Who imported: an e-mail address, "cli:<user>" or "sync". */
  actor: string;
  source: ImportSource;
  kind?: ReportKind;
  clock: Clock;
  limits?: Partial<ImportLimits>;
  /** Region given to customers the store has not seen yet when the file names none (no Region column). */
  region?: string;
  /** Where the scratch file of staged rows goes (default: the system's temporary folder). */
  scratchDir?: string;
  /** Told every few thousand rows (the worker relays it to the space's status message). */
  onProgress?(progress: ImportProgress): void;
}
