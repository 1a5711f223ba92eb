// Small text rules shared by the command parser, the customer search, imports and tags.

/**
 * The key a customer or tag name is stored and looked up by: accents and case folded,
 * punctuation and runs of spaces turned into one space. "Dürer-Architekten  GmbH" and
 * "durer architekten gmbh" are one key, so a search, a filter and an import agree.
 */
export function nameKeyOf(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Edit distance (Levenshtein), for "did you mean". */
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

/**
 * `table[key]` for a word a person or a file typed: only the table's own entries, so that
 * "__proto__" or "constructor" is an unknown word, not a property of every object.
 */
export function ownEntry<Value>(table: Readonly<Record<string, Value>>, key: string): Value | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

const LONE_SURROGATES = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * `value` with every lone surrogate in its strings (and object keys) replaced by U+FFFD, as
 * any UTF-8 boundary would: Webex's JSON or a tampered card can carry one, and the database
 * drivers refuse a query that does. Applied once to every event, so no command has to care.
 */
export function wellFormed<T>(value: T): T {
  if (typeof value === "string") return value.replace(LONE_SURROGATES, "\ufffd") as T;
  if (Array.isArray(value)) return value.map(wellFormed) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [wellFormed(key), wellFormed(item)])) as T;
  }
  return value;
}
