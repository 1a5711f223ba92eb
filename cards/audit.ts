// The imports / audit command: the latest imports and syncs, who ran them and what they changed.
import { english, type MessageKey, type Translate } from "../domain/i18n/catalogue.js";
import type { ImportListEntry } from "../domain/import/recentImports.js";
import { adaptiveCard, heading, subtle, textBlock, type CardElement, type CardReply } from "./elements.js";

// A kind or source written by a newer version still shows, as its raw name.
const label = (t: Translate, key: string, fallback: string): string => (key in english ? t(key as MessageKey) : fallback);

const when = (at: Date): string => `${at.toISOString().slice(0, 16).replace("T", " ")} UTC`;

/** `ownOnly`: the list holds only the asker's own imports (their role sees only some customers). */
export function importsCard(entries: readonly ImportListEntry[], t: Translate, { ownOnly = false } = {}): CardReply {
  const title = t("imports.title");
  const note = ownOnly ? [t("imports.ownOnly")] : [];
  if (entries.length === 0) {
    const empty = t("imports.empty");
    return { card: adaptiveCard([heading(title), ...note.map(subtle), textBlock(empty)]), text: [title, ...note, empty].join("\n") };
  }
  const lines = entries.map((e) => ({
    entry: t("imports.entry", {
      when: when(e.at),
      kind: label(t, `import.kind.${e.kind}`, e.kind),
      source: label(t, `import.source.${e.source}`, e.source),
      actor: e.actor,
      rows: e.rowsRead,
      file: e.fileName ?? "—",
    }),
    counts: t("imports.entry.counts", { ...e.subscriptions, customersCreated: e.customers.created }),
  }));
  const body: CardElement[] = [heading(title), ...note.map(subtle)];
  for (const line of lines) {
    body.push(textBlock(line.entry, { size: "Small", separator: true }));
    body.push(subtle(line.counts));
  }
  return { card: adaptiveCard(body), text: [title, ...note, ...lines.map((l) => `${l.entry} ${l.counts}`)].join("\n") };
}
