// Short cards for answers that are not data: refusals, unknown commands, bad arguments, errors.
import type { Translate } from "../domain/i18n/catalogue.js";
import { echo } from "../domain/text.js";
import { commandRun, helpShow } from "./actions.js";
import { adaptiveCard, heading, submitAction, subtle, textBlock, type CardReply } from "./elements.js";

export interface UnknownCommandView {
  typed: string;
  suggestion?: string;
}

export function unknownCommandCard(view: UnknownCommandView, t: Translate): CardReply {
  const typed = echo(view.typed);
  const sentence = view.suggestion
    ? t("notice.unknownCommandSuggest", { typed, suggestion: view.suggestion })
    : t("notice.unknownCommand", { typed });
  const actions = [submitAction(t("notice.showHelp"), helpShow.data({}))];
  if (view.suggestion) actions.unshift(submitAction(t("notice.runSuggestion", { suggestion: view.suggestion }), commandRun.data({ command: view.suggestion })));
  return { card: adaptiveCard([textBlock(sentence)], actions), text: sentence };
}

export interface BadArgumentsView {
  command: string;
  problems: string[];
  usage: string;
  example: string;
}

export function badArgumentsCard(view: BadArgumentsView, t: Translate): CardReply {
  const title = t("notice.badArguments", { command: view.command });
  const body = [
    heading(title),
    ...view.problems.map((problem) => textBlock(`• ${problem}`)),
    textBlock(t("notice.usage", { usage: view.usage })),
    subtle(t("notice.example", { example: view.example })),
  ];
  return { card: adaptiveCard(body), text: `${title} ${view.problems.join(" ")} ${t("notice.example", { example: view.example })}` };
}

export type NoticeKind = "stranger" | "notAllowed" | "spaceNotEnabled" | "staleAction";

export function refusalCard(kind: NoticeKind, params: Record<string, string>, t: Translate): CardReply {
  const key = ({
    stranger: "notice.stranger",
    notAllowed: "notice.notAllowed",
    spaceNotEnabled: "notice.spaceNotEnabled",
    staleAction: "notice.staleAction",
  } as const)[kind];
  const sentence = t(key, params);
  return { card: adaptiveCard([textBlock(sentence)]), text: sentence };
}

export function internalErrorCard(code: string, t: Translate): CardReply {
  const sentence = t("notice.internalError", { code });
  return { card: adaptiveCard([textBlock(sentence)]), text: sentence };
}
