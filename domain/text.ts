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

const ELLIPSIS = "…";

/** `text` cut to at most `max` characters (code points, so no emoji is split), "…" ending a cut. */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const points = Array.from(text);
  return points.length <= max ? text : points.slice(0, max - 1).join("") + ELLIPSIS;
}

/** `text` cut so that its UTF-8 is at most `maxBytes` (Webex counts a message in bytes). */
export function clipBytes(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text) <= maxBytes) return text;
  let bytes = Buffer.byteLength(ELLIPSIS);
  let end = 0;
  for (const point of text) {
    bytes += Buffer.byteLength(point);
    if (bytes > maxBytes) break;
    end += point.length;
  }
  return text.slice(0, end) + ELLIPSIS;
}

/** Characters of something a person typed that an answer repeats: enough to recognise it. */
export const ECHO_CHARACTERS = 60;

/** What an answer repeats of a typed word or value: never the whole of a pasted wall of text. */
export const echo = (typed: string): string => clipText(typed, ECHO_CHARACTERS);
