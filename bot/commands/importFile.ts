// A partner admin attaches a Partner Hub report to a message to the bot. The import worker
// downloads it with the bot's token (stopping at the import size limit, with or without a
// Content-Length), so its bytes never pass through the bot's process, then imports it (one at
// a time per store); the bot keeps one status message in the space up to date while a long
// file imports, and answers with the outcome card.
// Importing changes partner data, so only the roles that manage data may do it.
import { importReport, type ImportOutcome } from "../../domain/import/index.js";
import { MANAGING_ROLES } from "../../domain/model.js";
import { databaseUrlOf } from "../../domain/store/rowReader.js";
import { importResultCard } from "../../cards/importResult.js";
import { refusalCard } from "../../cards/notices.js";
import { WebexApiError } from "../webex/errors.js";
import { ImportStatus } from "../imports/importStatus.js";
import { runImport } from "../imports/runImport.js";
import { isAllowed, type HandlerContext, type Reply } from "../routing/types.js";

const megabytes = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

function tooLarge(size: string, maxBytes: number): ImportOutcome {
  return { ok: false, fileName: "", kind: null, rowsRead: 0, refusal: "tooLarge", details: { size, limit: megabytes(maxBytes) }, problems: [], moreProblems: 0 };
}

export async function importDroppedFile(ctx: HandlerContext, fileUrl: string): Promise<Reply> {
  if (!ctx.space.enabled) return refusalCard("spaceNotEnabled", {}, ctx.t);
  if (!isAllowed(MANAGING_ROLES, ctx.viewer)) return refusalCard("notAllowed", { role: ctx.t(`role.${ctx.viewer.role}`) }, ctx.t);
  const maxBytes = ctx.deps.maxImportBytes;
  const status = new ImportStatus({
    outbox: ctx.deps.outbox, api: ctx.deps.api, log: ctx.log, roomId: ctx.event.roomId, t: ctx.t, language: ctx.space.language, fileName: "",
  });
  let outcome: ImportOutcome;
  try {
    outcome = await importFrom(ctx, fileUrl, status);
  } catch (error) {
    // Refused while streaming (no size announced): how large it is was never learned.
    if (error instanceof WebexApiError && error.status === 413) return importResultCard(tooLarge("?", maxBytes), ctx.t);
    throw error;
  }
  await status.settled();
  return importResultCard(outcome, ctx.t);
}

async function importFrom(ctx: HandlerContext, fileUrl: string, status: ImportStatus): Promise<ImportOutcome> {
  const maxBytes = ctx.deps.maxImportBytes;
  const request = { actor: ctx.viewer.email, source: "space" as const };
  const databaseUrl = databaseUrlOf(ctx.deps.db);
  if (databaseUrl) {
    const download = ctx.deps.api.fileSource(fileUrl);
    // Named before the worker starts: a worker that dies, even mid-download, is reported with
    // the file's name. A HEAD that fails costs only that; the worker names the file as it downloads.
    const info = await ctx.deps.api.fileInfo(fileUrl).catch((error: unknown) => {
      ctx.log.warn({ err: error }, "could not read a dropped file's name before downloading it");
      return undefined;
    });
    if (info?.bytes !== undefined && info.bytes > maxBytes) return tooLarge(megabytes(info.bytes), maxBytes);
    if (info) status.named(info.name);
    // The worker downloads: every chunk read here would be garbage the bot keeps until V8
    // collects it (+36 MiB RSS for a 28 MB file, issue 14). The token goes to it over IPC only.
    const run = await runImport(
      { ...request, fileName: info?.name ?? "", download, databaseUrl, now: ctx.deps.clock.now(), maxBytes },
      {
        onDownloaded: (file) => {
          status.named(file.fileName);
          ctx.log.info({ fileName: file.fileName, bytes: file.bytes }, "importing a dropped report");
        },
        onWaiting: () => status.waiting(),
        onProgress: (p) => status.progress(p),
      },
    );
    ctx.log.info({ ok: run.outcome.ok, rowsRead: run.outcome.rowsRead, workerPeakRssMb: run.workerPeakRssBytes && Math.round(run.workerPeakRssBytes / 2 ** 20) }, "import finished");
    return run.outcome;
  }
  // A bare client (no store URL to reopen in a worker) downloads and imports in this process, as tests do.
  const file = await ctx.deps.api.downloadFile(fileUrl, maxBytes);
  try {
    ctx.log.info({ fileName: file.name, bytes: file.bytes }, "importing a dropped report");
    status.named(file.name);
    return await importReport({ db: ctx.deps.db, path: file.path, fileName: file.name, ...request, clock: ctx.deps.clock, limits: { maxBytes }, onProgress: (p) => status.progress(p) });
  } finally {
    await file.dispose();
  }
}
