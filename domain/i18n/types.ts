// The shape every language's catalogue must have, derived from the English one: the same keys,
// and in each message every {placeholder} of the English template. Type-only, so the language
// files can import it without importing the English messages' values in a cycle.
import type { english } from "./catalogue.js";

/** The user-facing message keys: every one has a message in every language. */
export type UserKey = keyof typeof english;
/** The name most modules use for a user-facing key. */
export type MessageKey = UserKey;

/** The {names} in a template literal type, as a union. */
type PlaceholdersOf<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | PlaceholdersOf<Rest> : never;

type Intersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** A string holding each of the placeholders P (any text around them, in any order). */
type Holding<P extends string> = [P] extends [never] ? string : Intersection<P extends string ? `${string}{${P}}${string}` : never>;

/** What a translation of the English template E must be: a string with E's placeholders. */
export type TranslationOf<E extends string> = Holding<PlaceholdersOf<E>>;

export type Catalogue = { readonly [K in UserKey]: TranslationOf<(typeof english)[K]> };
