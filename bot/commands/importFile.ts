// A partner admin attaches a Partner Hub report to a message to the bot: stream it to a
// temporary file with the bot's token (stopping at the import size limit, with or without a
// Content-Length), import it in a worker process (one at a time per store), keep one status
// message in the space up to date while a long file imports, and answer with the outcome card.
// Importing changes partner data, so only the roles that manage data may do it.
import { importReport, type ImportOutcome } from "../../domain/import/index.js";
import { MANAGING_ROLES } from "../../domain/model.js";
import { databaseUrlOf } from "../../domain/store/rowReader.js";
import { importResultCard } from "../../cards/importResult.js";
import { refusalCard } from "../../cards/notices.js";
import { WebexApiError } from "../webex/errors.js";
import type { DownloadedFile } from "../webex/api.js";
import { ImportStatus } from "../imports/importStatus.js";
import { runImport } from "../imports/runImport.js";
import { isAllowed, type HandlerContext, type Reply } from "../routing/types.js";

const megabytes = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

export async function importDroppedFile(ctx: HandlerContext, fileUrl: string): Promise<Reply> {
  if (!ctx.space.enabled) return refusalCard("spaceNotEnabled", {}, ctx.t);
  if (!isAllowed(MANAGING_ROLES, ctx.viewer)) return refusalCard("notAllowed", { role: ctx.t(`role.${ctx.viewer.role}`) }, ctx.t);
  const maxBytes = ctx.deps.maxImportBytes;
  let file: DownloadedFile;
  try {
    file = await ctx.deps.api.downloadFile(fileUrl, maxBytes);
  } catch (error) {
    if (error instanceof WebexApiError && error.status === 413) {
      const outcome: ImportOutcome = {
        ok: false, fileName: "", kind: null, rowsRead: 0, refusal: "tooLarge",
        details: { size: "?", limit: megabytes(maxBytes) }, problems: [], moreProblems: 0,
      };
      return importResultCard(outcome, ctx.t);
    }
    throw error;
  }
  try {
    ctx.log.info({ fileName: file.name, bytes: file.bytes }, "importing a dropped report");
    const status = new ImportStatus({
      outbox: ctx.deps.outbox, api: ctx.deps.api, log: ctx.log, roomId: ctx.event.roomId, t: ctx.t, language: ctx.space.language, fileName: file.name,
    });
    const request = { fileName: file.name, actor: ctx.viewer.email, source: "space" as const };
    const databaseUrl = databaseUrlOf(ctx.deps.db);
    let outcome: ImportOutcome;
    if (databaseUrl) {
      const run = await runImport(
        { ...request, databaseUrl, path: file.path, now: ctx.deps.clock.now(), maxBytes },
        { onWaiting: () => status.waiting(), onProgress: (p) => status.progress(p) },
      );
      outcome = run.outcome;
      ctx.log.info({ ok: outcome.ok, rowsRead: outcome.rowsRead, workerPeakRssMb: run.workerPeakRssBytes && Math.round(run.workerPeakRssBytes / 2 ** 20) }, "import finished");
    } else {
      // A bare client (no store URL to reopen in a worker) imports in this process, as tests do.
      outcome = await importReport({ db: ctx.deps.db, path: file.path, ...request, clock: ctx.deps.clock, limits: { maxBytes }, onProgress: (p) => status.progress(p) });
    }
    await status.settled();
    return importResultCard(outcome, ctx.t);
  } finally {
    await file.dispose();
  }
}
