// Text that reaches the database must be well-formed UTF-16: a lone surrogate (possible in
// JSON from Webex, or in a tampered card) makes the driver refuse the whole query.
import { z } from "zod";
import { english } from "../../domain/i18n/catalogue.js";
import { customerFilterSchema } from "../../domain/analytics/filter.js";

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const isWellFormed = (text: string): boolean => !LONE_SURROGATE.test(text);

/** A string without lone surrogates; the message says what to do instead. */
export const wellFormedText = z.string().refine(isWellFormed, { message: english["commandArg.characters"] });

/** An id carried by a card button. */
export const cardId = wellFormedText.pipe(z.string().min(1).max(200));

/** A customer filter carried by a card button (tag names are free text). */
export const cardFilter = customerFilterSchema.refine((filter) => (filter.tags?.names ?? []).every(isWellFormed));
