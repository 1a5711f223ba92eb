// Turns a zod error about command words or card inputs into sentences a partner admin can act
// on: which word was wrong, what it was, what was expected. Schemas put a message key (and
// params) into each issue, so the sentence is in the space's language; an issue without a key
// (a bare zod check) still gets a translated sentence, never zod's English.
import type { z } from "zod";
import { isUserKey, type MessageParams, type Translate } from "../../domain/i18n/catalogue.js";

/** An option's name, or the word typed at a position (quoted): what the sentence is about. */
function nameOf(path: readonly PropertyKey[], value: unknown): string {
  // Paths look like ["options", "status"] or ["positional", 0].
  if (path[0] === "options" && path[1] !== undefined) return String(path[1]);
  if (path[0] === "positional") return typeof value === "string" ? `"${value}"` : "";
  return path.map(String).join(".");
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = input;
  for (const key of path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
  return value;
}

const paramsOf = (issue: z.core.$ZodIssue, value: unknown): MessageParams =>
  ({ value: typeof value === "string" || typeof value === "number" ? String(value) : "", ...(issue.code === "custom" ? (issue.params as MessageParams | undefined) : undefined) });

export function explainIssues(error: z.ZodError, input: unknown, t: Translate): string[] {
  return error.issues.slice(0, 5).map((issue) => {
    const value = valueAt(input, issue.path);
    const name = nameOf(issue.path, value) || "?";
    const params = paramsOf(issue, value);
    const key = isUserKey(issue.message) ? issue.message : undefined;
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((option) => t("argument.unknownOption", { name: option })).join(" ");
    }
    if (issue.code === "too_big" && issue.path[0] === "positional" && Array.isArray(value)) {
      return t("argument.unexpected", { value: value.slice(Number(issue.maximum)).join(" ") });
    }
    // A whole sentence of its own (such as words left over at the end).
    if (key?.startsWith("argument.")) return t(key, params);
    if (key && (value === undefined || Array.isArray(value))) return t("argument.missingWord", { problem: t(key, params) });
    if (key) return t("argument.invalid", { name, problem: t(key, params) });
    if (issue.code === "invalid_value") return t("argument.oneOf", { name, allowed: issue.values.map(String).join(", "), value: params.value! });
    if (value === undefined) return t("argument.missing", { name });
    return t("argument.invalid", { name, problem: t("argument.notValid", params) });
  });
}
