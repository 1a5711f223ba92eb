// A partner admin attaches a Partner Hub report to a message to the bot: download it with the
// bot's token (bounded by the import size limit), run it through the one import path, and
// answer with the outcome card. Importing changes partner data, so only the roles that manage
// data may do it.
import { importReport, type ImportOutcome } from "../../domain/import/index.js";
import { MANAGING_ROLES } from "../../domain/model.js";
import { importResultCard } from "../../cards/importResult.js";
import { refusalCard } from "../../cards/notices.js";
import { WebexApiError } from "../webex/errors.js";
import { isAllowed, type HandlerContext, type Reply } from "../routing/types.js";

const megabytes = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

export async function importDroppedFile(ctx: HandlerContext, fileUrl: string): Promise<Reply> {
  if (!ctx.space.enabled) return refusalCard("spaceNotEnabled", {}, ctx.t);
  if (!isAllowed(MANAGING_ROLES, ctx.viewer)) return refusalCard("notAllowed", { role: ctx.t(`role.${ctx.viewer.role}`) }, ctx.t);
  const maxBytes = ctx.deps.maxImportBytes;
  let file: { name: string; content: Buffer };
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
  ctx.log.info({ fileName: file.name, bytes: file.content.length }, "importing a dropped report");
  const outcome = await importReport({
    db: ctx.deps.db,
    bytes: file.content,
    fileName: file.name,
    actor: ctx.viewer.email,
    source: "space",
    clock: ctx.deps.clock,
    limits: { maxBytes },
  });
  return importResultCard(outcome, ctx.t);
}
