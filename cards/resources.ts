// Links to Partner Hub and its help pages on help.webex.com (article ids as published there).
import type { Translate } from "../domain/i18n/catalogue.js";
import { adaptiveCard, heading, openUrlAction, textBlock, type CardReply } from "./elements.js";

export const PARTNER_RESOURCES = [
  { label: "resources.partnerHub", url: "https://admin.webex.com" },
  { label: "resources.getStarted", url: "https://help.webex.com/en-us/article/c3q9lz/Get-Started-with-a-Partner-Organization" },
  { label: "resources.roles", url: "https://help.webex.com/en-us/article/16gmxfb/Assign-administrator-roles-in-Partner-Hub" },
  { label: "resources.access", url: "https://help.webex.com/en-us/article/2y8qmt/Assign-Administration-Roles-and-Access-for-Partners" },
] as const;

export function resourcesCard(t: Translate): CardReply {
  const title = t("resources.title");
  return {
    card: adaptiveCard([heading(title), textBlock(t("resources.intro"))], PARTNER_RESOURCES.map((r) => openUrlAction(t(r.label), r.url))),
    text: [title, ...PARTNER_RESOURCES.map((r) => `${t(r.label)}: ${r.url}`)].join("\n"),
  };
}
