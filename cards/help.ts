// The help card, generated from the command table: one row per command the viewer may run.
import type { Translate, MessageKey } from "../domain/i18n/catalogue.js";
import { helpShow } from "./actions.js";
import { adaptiveCard, code, column, columns, heading, subtle, textBlock, submitAction, type CardReply } from "./elements.js";

export interface HelpEntry {
  name: string;
  usage: string;
  summary: MessageKey;
  example: string;
  aliases: readonly string[];
}

export function helpCard(entries: readonly HelpEntry[], t: Translate): CardReply {
  const rows = entries.map((entry) =>
    columns([
      column([textBlock(code(entry.usage), { size: "Small" })], 3),
      column([textBlock(t(entry.summary), { size: "Small" })], 4),
    ], { spacing: "Small" }),
  );
  const body = [heading(t("help.title")), subtle(t("help.intro")), ...rows];
  const text = [t("help.title"), ...entries.map((e) => `${e.usage}: ${t(e.summary)}`)].join("\n");
  return { card: adaptiveCard(body), text };
}

export function commandHelpCard(entry: HelpEntry, t: Translate): CardReply {
  const body = [
    heading(t("help.commandTitle", { command: entry.name })),
    textBlock(t(entry.summary)),
    textBlock(t("notice.usage", { usage: entry.usage })),
    subtle(t("notice.example", { example: entry.example })),
  ];
  if (entry.aliases.length) body.push(subtle(t("help.aliases", { aliases: entry.aliases.join(", ") })));
  const text = `${entry.usage}: ${t(entry.summary)} ${t("notice.example", { example: entry.example })}`;
  return { card: adaptiveCard(body, [submitAction(t("notice.showHelp"), helpShow.data({}))]), text };
}
