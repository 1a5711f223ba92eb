// One status message per long import, edited in place (Webex PUT /messages/{id}) as the worker
// reports progress: "Importing Subscription details… 120,000 of ~200,000 rows". A small file
// posts none (its result card comes first); edits are at most one every EDIT_EVERY_MS, so a
// 200,000-row file costs a handful of API calls. An edit that fails is logged and skipped: the
// result card still follows.
import type { Language, Translate } from "../../domain/i18n/catalogue.js";
import type { ImportProgress } from "../../domain/import/types.js";
import type { Logger } from "../log.js";
import type { Outbox } from "../outbox.js";
import type { WebexApi } from "../webex/api.js";

/**
 * A file of this many rows (estimated from its size) gets a status message; a smaller one is
 * done in a few seconds and answers with its result card alone. Rows, not elapsed time, so the
 * same file behaves the same on a busy machine.
 */
export const STATUS_FROM_ROWS = 20_000;
export const EDIT_EVERY_MS = 3000;
/** Webex lets a message be edited 10 times: reading progress takes at most 8, "saving" one more. */
const READING_EDITS = 8;

export interface ImportStatusDeps {
  outbox: Outbox;
  api: WebexApi;
  log: Logger;
  roomId: string;
  t: Translate;
  language: Language;
  fileName: string;
  now?: () => number;
}

export class ImportStatus {
  private messageId: string | undefined;
  private lastShown = 0;
  private chain: Promise<void> = Promise.resolve();
  private latest: ImportProgress | undefined;
  private edits = 0;
  private posted = false;

  constructor(private readonly deps: ImportStatusDeps) {}

  private now(): number {
    return this.deps.now?.() ?? Date.now();
  }

  private text(progress: ImportProgress | undefined): string {
    const { t, language, fileName } = this.deps;
    if (!progress?.kind) return t("import.progress.started", { fileName });
    const kind = t(`import.kind.${progress.kind}`);
    const rows = progress.rows.toLocaleString(language);
    if (progress.phase === "saving") return t("import.progress.saving", { kind, rows });
    return t("import.progress.reading", { kind, rows, total: progress.estimatedRows.toLocaleString(language) });
  }

  /** Posts the message, or edits it; one call at a time, in order. */
  private show(text: string): void {
    if (this.posted) this.edits++;
    this.posted = true;
    this.lastShown = this.now();
    const { outbox, api, log, roomId } = this.deps;
    this.chain = this.chain.then(async () => {
      try {
        if (!this.messageId) {
          // A status post that is only queued (Webex unavailable) is not edited: the card follows anyway.
          const sent = await outbox.send({ roomId, text });
          if (sent.kind === "sent") this.messageId = sent.posted.id;
        }
        else await api.editMessage(this.messageId, { roomId, text });
      } catch (error) {
        log.warn({ roomId, err: error }, "could not show the import's progress");
      }
    });
  }

  /** The file's name, once known (a worker that downloads it learns it from Webex). */
  named(fileName: string): void {
    this.deps.fileName = fileName;
  }

  /** Another import on the same store runs first: say so at once. */
  waiting(): void {
    this.show(this.deps.t("import.progress.waiting", { fileName: this.deps.fileName }));
  }

  progress(progress: ImportProgress): void {
    this.latest = progress;
    const now = this.now();
    if (!this.posted && progress.estimatedRows < STATUS_FROM_ROWS) return;
    if (this.posted && progress.phase === "reading" && (now - this.lastShown < EDIT_EVERY_MS || this.edits >= READING_EDITS)) return;
    if (this.posted && progress.phase === "saving" && this.edits > READING_EDITS) return;
    this.show(this.text(progress));
  }

  /** Waits for the posts and edits in flight, so the result card comes after them. */
  async settled(): Promise<void> {
    await this.chain;
  }

  /** The status message's id, once posted (tests read the edits of it). */
  get id(): string | undefined {
    return this.messageId;
  }

  get lastProgress(): ImportProgress | undefined {
    return this.latest;
  }
}
