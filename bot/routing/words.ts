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
  const options: Record<string, string> = {};
  for (const word of words) {
    const option = /^([a-z][a-z-]*):(.*)$/i.exec(word);
    if (option && !word.includes("@")) options[option[1]!.toLowerCase()] = option[2]!;
    else positional.push(word);
  }
  return { positional, options };
}

/** Edit distance, for "did you mean". */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}
