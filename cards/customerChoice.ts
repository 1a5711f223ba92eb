// When a name matches several customers (or none), the user picks from a short list; each row
// carries the action to continue with, so `tag acme vip` can finish with one click.
import type { Translate } from "../domain/i18n/catalogue.js";
import { echo } from "../domain/text.js";
import { adaptiveCard, textBlock, subtle, type CardReply } from "./elements.js";
import { tableRow } from "./tablePage.js";
import { regionLabel } from "./format.js";
import type { ActionData } from "./actions.js";

export interface CustomerChoiceView {
  typed: string;
  candidates: ReadonlyArray<{ id: string; name: string; region: string }>;
  /** More matched than are shown. */
  more: boolean;
  /** "choose" when several matched; "suggest" when none matched and these are the closest names. */
  kind: "choose" | "suggest";
  /** The card action data of picking one customer. */
  pick: (customerId: string) => ActionData;
}

export function customerChoiceCard(view: CustomerChoiceView, t: Translate): CardReply {
  const typed = echo(view.typed);
  // Nothing matched: a user's address finds the customer when its name does not.
  const hint = t("customer.findHint");
  if (view.candidates.length === 0) {
    const sentence = t("customer.notFound", { typed });
    return { card: adaptiveCard([textBlock(sentence), subtle(hint)]), text: `${sentence}\n${hint}` };
  }
  const sentence = t(view.kind === "choose" ? "customer.choose" : "customer.notFoundSuggest", { typed });
  const body = [
    textBlock(sentence, { weight: "Bolder" }),
    ...view.candidates.map((c) => tableRow({ title: c.name, detail: regionLabel(c.region, t), select: view.pick(c.id) })),
  ];
  if (view.more) body.push(subtle(t("customer.chooseMore", { count: view.candidates.length })));
  if (view.kind === "suggest") body.push(subtle(hint));
  return { card: adaptiveCard(body), text: [sentence, ...view.candidates.map((c) => `${c.name} (${c.region})`), ...(view.kind === "suggest" ? [hint] : [])].join("\n") };
}
