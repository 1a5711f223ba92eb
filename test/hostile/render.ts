// Renders every markdown text of a card the way clients do, and says where the result is not
// inert: a link whose text hides where it goes, emphasis, headings, lists, quotes, HTML or a
// mention that came out of data, or visible text that differs from what the card meant to say.
// Two renderers: markdown-it (CommonMark, HTML and linkify on: the most permissive reading, and
// the engine the Adaptive Cards JS renderer documents) and the sandbox page's own.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import vm from "node:vm";
import MarkdownIt from "markdown-it";

const markdownIt = new MarkdownIt({ html: true, linkify: true });

const pageRenderer = (() => {
  const source = readFileSync(createRequire(import.meta.url).resolve("../../bot/sandbox/page/markdown.js"), "utf8");
  const context = { window: {} as { renderMarkdown?: (text: string) => string } };
  vm.runInNewContext(source, context);
  return context.window.renderMarkdown!;
})();

/** The markdown texts of a card: TextBlocks and facts (action titles are plain text). */
export function markdownTexts(card: unknown): string[] {
  const texts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== "object") return;
    const record = node as Record<string, unknown>;
    if (record.type === "TextBlock" && typeof record.text === "string") texts.push(record.text);
    if (record.type === "FactSet" && Array.isArray(record.facts)) {
      for (const fact of record.facts as Array<{ title: string; value: string }>) texts.push(fact.title, fact.value);
    }
    for (const value of Object.values(record)) if (typeof value === "object") walk(value);
  };
  walk(card);
  return texts;
}

const decode = (html: string): string => html
  .replace(/<[^>]*>/g, "")
  .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, "\"").replace(/&#39;/g, "'").replace(/&amp;/g, "&");
const squeeze = (text: string): string => text.replace(/\s+/g, " ").trim();

/** What a text means to say: CommonMark's backslash escapes undone; a whole code span is markup on purpose. */
function intended(text: string): { visible: string; code: boolean } {
  const span = /^`([^`]+)`$/.exec(text);
  if (span) return { visible: squeeze(span[1]!), code: true };
  return { visible: squeeze(text.replace(/\\([!-/:-@[-`{-~])/g, "$1")), code: false };
}

const address = (link: string): string => {
  let plain = link.replace(/^[a-z][a-z0-9+.-]*:(\/\/)?/i, "");
  try { plain = decodeURI(plain); } catch { /* shown as it is */ }
  return plain.toLowerCase();
};

/** A link is honest when it shows where it goes (a scheme a client adds aside). */
function honestLinks(html: string): boolean {
  return [...html.matchAll(/<a href="([^"]*)"[^>]*>(.*?)<\/a>/g)].every(([, href, text]) => address(decode(text!)) === address(decode(href!)));
}

function problemsOf(name: string, html: string, text: string): string[] {
  const { visible, code } = intended(text);
  const problems: string[] = [];
  const tags = new Set([...html.matchAll(/<\/?([a-z0-9-]+)/gi)].map((m) => m[1]!.toLowerCase()));
  const allowed = new Set(["p", "br", "a", ...(code ? ["code"] : [])]);
  const extra = [...tags].filter((tag) => !allowed.has(tag));
  if (extra.length) problems.push(`${name} made <${extra.join(">, <")}> of ${JSON.stringify(text.slice(0, 120))}`);
  if (!honestLinks(html)) problems.push(`${name} made a link that hides its target of ${JSON.stringify(text.slice(0, 120))}`);
  if (squeeze(decode(html.replace(/<br\s*\/?>/g, " "))) !== visible) {
    problems.push(`${name} shows ${JSON.stringify(squeeze(decode(html)).slice(0, 120))} for ${JSON.stringify(visible.slice(0, 120))}`);
  }
  return problems;
}

/** Every way a card's texts fail to render as the plain words they are. */
export function renderProblems(card: unknown): string[] {
  return markdownTexts(card).flatMap((text) => [
    ...problemsOf("markdown-it", markdownIt.render(text), text),
    ...problemsOf("the sandbox page", pageRenderer(text), text),
  ]);
}

/** The text a person reads in a card (every markdown text rendered by markdown-it). */
export function renderedText(card: unknown): string {
  return markdownTexts(card).map((text) => squeeze(decode(markdownIt.render(text)))).join("\n");
}
