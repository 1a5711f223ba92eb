// Webex derives a message's plain text and its mentions from the markdown: `<@personId:ID|Name>`
// and `<@personEmail:EMAIL|Name>` mention a person and read as Name in the text.
import type { SandboxState } from "./state.js";

const MENTION = /<@(personId|personEmail):([^|>]+)(?:\|([^>]*))?>/g;

/** The ids of the people `markdown` mentions. */
export function mentionedPeople(state: SandboxState, markdown: string): string[] {
  const ids = new Set<string>();
  for (const [, kind, value] of markdown.matchAll(MENTION)) {
    const person = kind === "personId" ? state.people.get(value!) : state.personByEmail(value!);
    if (person) ids.add(person.id);
  }
  return [...ids];
}

/** The plain text Webex shows for `markdown` (mentions as names, emphasis and links unwrapped). */
export function plainText(markdown: string): string {
  return markdown
    .replace(MENTION, (_whole, _kind, value: string, name?: string) => name ?? value)
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/(\*\*|__|\*|_|`)/g, "")
    .replace(/^#+\s*/gm, "")
    .replace(/^>\s?/gm, "");
}

/** The html Webex adds to a markdown message: mentions become <spark-mention> elements. */
export function messageHtml(state: SandboxState, markdown: string): string {
  const escaped = markdown.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  const withMentions = escaped.replace(/&lt;@(personId|personEmail):([^|&]+)(?:\|(.*?))?&gt;/g, (whole, kind: string, value: string, name?: string) => {
    const person = kind === "personId" ? state.people.get(value) : state.personByEmail(value);
    if (!person) return whole;
    return `<spark-mention data-object-type="person" data-object-id="${person.id}">${name ?? person.displayName}</spark-mention>`;
  });
  const inline = withMentions
    .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
    .replace(/`([^`]+)`/g, "<code>$1</code>")
    .replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, '<a href="$2">$1</a>');
  return inline.split(/\n{2,}/).map((paragraph) => `<p>${paragraph.replace(/\n/g, "<br/>")}</p>`).join("");
}
