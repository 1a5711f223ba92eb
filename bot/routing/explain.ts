// Turns a zod error about command words or card inputs into sentences a partner admin can act
// on, in the space's language: which word was wrong, what it was (cut short: it may be a pasted
// wall of text), what was expected. Our schemas give a catalogue key as their message (and its
// placeholders as params); a limit zod checks itself (a length, a count, a range) becomes one of
// our sentences too. zod's own English never reaches a person.
import type { z } from "zod";
import { english, type MessageKey, type MessageParams, type Translate } from "../../domain/i18n/catalogue.js";
import { echo } from "../../domain/text.js";

/** An option's name, or the word typed at a position (quoted, as the person wrote it): "#2"
 * would make them count words. */
function nameOf(path: readonly PropertyKey[], value: unknown): string {
  // Paths look like ["options", "status"] or ["positional", 0].
  if (path[0] === "options" && path[1] !== undefined) return `${String(path[1])}:`;
  if (path[0] === "positional") return typeof value === "string" ? `"${echo(value)}"` : "";
  return path.map(String).join(".");
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = input;
  for (const key of path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
  return value;
}

const isMessageKey = (message: string): message is MessageKey => Object.hasOwn(english, message);

const shown = (value: unknown): string => echo(Array.isArray(value) ? value.join(" ") : String(value ?? ""));

function explainIssue(issue: z.ZodError["issues"][number], input: unknown, t: Translate): string {
  const value = valueAt(input, issue.path);
  const name = nameOf(issue.path, value) || "?";
  if (issue.code === "unrecognized_keys") {
    // These two sentences put the colon after the name themselves ("tag: give …").
    return issue.keys.map((key) => t("argument.unknownOption", { name: echo(key) })).join(" ");
  }
  if (isMessageKey(issue.message)) {
    const params = (issue as { params?: MessageParams }).params ?? {};
    const problem = t(issue.message, params);
    // No word to point at (the report or the day was left out): say what is missing.
    if (value === undefined || Array.isArray(value)) return t("argument.missingWord", { problem });
    return t("argument.invalid", { name: name.replace(/:$/, ""), problem });
  }
  switch (issue.code) {
    case "invalid_value":
      return t("argument.oneOf", { name, allowed: issue.values.map(String).join(", "), value: shown(value) });
    case "too_big":
      if (issue.path[0] === "positional" && Array.isArray(value)) return t("argument.unexpected", { value: shown(value.slice(Number(issue.maximum))) });
      if (issue.origin === "string") return t("argument.tooLong", { name, max: Number(issue.maximum) });
      if (issue.origin === "array" || issue.origin === "set") return t("argument.tooMany", { name, max: Number(issue.maximum) });
      return t("argument.tooLarge", { name, max: Number(issue.maximum) });
    case "too_small":
      if (value === undefined || issue.origin === "string" || issue.origin === "array") return t("argument.missing", { name });
      return t("argument.tooSmall", { name, min: Number(issue.minimum) });
    case "invalid_type":
      if (value === undefined) return t("argument.missing", { name });
      return issue.expected === "number" ? t("argument.notNumber", { name, value: shown(value) }) : t("argument.notValid", { name, value: shown(value) });
    default:
      return t("argument.notValid", { name, value: shown(value) });
  }
}

export function explainIssues(error: z.ZodError, input: unknown, t: Translate): string[] {
  return error.issues.slice(0, 5).map((issue) => explainIssue(issue, input, t));
}
