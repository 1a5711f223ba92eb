// Splits command text into words: `"quoted words"` stay together, `key:value` words become
// options (key lower-cased), the rest are positional. Pure, so the fuzz test can hammer it.

export interface CommandWords {
  positional: string[];
  options: Record<string, string>;
}

const WORD = /"([^"]*)"|'([^']*)'|(\S+)/g;

export function splitWords(text: string): string[] {
  const words: string[] = [];
  for (const match of text.matchAll(WORD)) words.push(match[1] ?? match[2] ?? match[3] ?? "");
  return words;
}

export function commandWords(words: readonly string[]): CommandWords {
  const positional: string[] = [];
  // No prototype: a word like `__proto__:x` is just an unknown option for the schema to refuse.
  const options: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const word of words) {
    const option = /^([a-z][a-z-]*):(.*)$/i.exec(word);
    if (option && !word.includes("@")) options[option[1]!.toLowerCase()] = option[2]!;
    else positional.push(word);
  }
  return { positional, options };
}

export { editDistance } from "../../domain/text.js";
