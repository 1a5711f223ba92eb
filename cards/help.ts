// The help cards, generated from the command table: the tasks first (Customers, Renewals,
// Calling, Reports & alerts, Space settings), each with its commands' names and a button that
// opens the task; a task's card lists its commands with their syntax; one command's card
// explains it with an example.
import type { Translate, MessageKey } from "../domain/i18n/catalogue.js";
import { HELP_GROUPS, helpShow, type HelpGroup } from "./actions.js";
import { adaptiveCard, code, column, columns, heading, subtle, textBlock, submitAction, type CardElement, type CardReply } from "./elements.js";

export interface HelpEntry {
  name: string;
  group: HelpGroup;
  usage: string;
  summary: MessageKey;
  example: string;
  aliases: readonly string[];
}

const groupTitle = (group: HelpGroup, t: Translate) => t(`help.group.${group}`);

/** Every task the viewer has a command in, with those commands' names, and a button per task. */
export function helpCard(entries: readonly HelpEntry[], t: Translate): CardReply {
  const groups = HELP_GROUPS.map((group) => ({ group, names: entries.filter((e) => e.group === group).map((e) => e.name) })).filter((g) => g.names.length);
  const body: CardElement[] = [heading(t("help.title")), subtle(t("help.intro")), subtle(t("help.groupsIntro"))];
  for (const { group, names } of groups) {
    body.push(textBlock(groupTitle(group, t), { weight: "Bolder", spacing: "Medium", separator: true }));
    body.push(textBlock(code(names.join("  ")), { size: "Small", spacing: "None" }));
  }
  const actions = groups.map(({ group }) => submitAction(groupTitle(group, t), helpShow.data({ group })));
  const text = [t("help.title"), ...groups.map(({ group, names }) => t("help.groupRow", { group: groupTitle(group, t), commands: names.join(", ") }))].join("\n");
  return { card: adaptiveCard(body, actions), text };
}

/** One task's commands: syntax and what each answers. */
export function helpGroupCard(group: HelpGroup, entries: readonly HelpEntry[], t: Translate): CardReply {
  const mine = entries.filter((e) => e.group === group);
  const rows = mine.map((entry) =>
    columns([
      column([textBlock(code(entry.usage), { size: "Small" })], 3),
      column([textBlock(t(entry.summary), { size: "Small" })], 4),
    ], { spacing: "Small", separator: true }),
  );
  const body = [heading(groupTitle(group, t)), ...rows];
  const text = [groupTitle(group, t), ...mine.map((e) => `${e.usage}: ${t(e.summary)}`)].join("\n");
  return { card: adaptiveCard(body, [submitAction(t("notice.showHelp"), helpShow.data({}))]), text };
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
  return { card: adaptiveCard(body, [submitAction(t("help.group.other", { group: groupTitle(entry.group, t) }), helpShow.data({ group: entry.group })), submitAction(t("notice.showHelp"), helpShow.data({}))]), text };
}
