// Turns a zod error about command words or card inputs into sentences a partner admin can act
// on: which word was wrong, what it was, what was expected.
import type { z } from "zod";
import type { Translate } from "../../domain/i18n/catalogue.js";

function nameOf(path: readonly PropertyKey[]): string {
  // Paths look like ["options", "status"] or ["positional", 0].
  if (path[0] === "options" && path[1] !== undefined) return `${String(path[1])}:`;
  if (path[0] === "positional") return typeof path[1] === "number" ? `#${path[1] + 1}` : "";
  return path.map(String).join(".");
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = input;
  for (const key of path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
  return value;
}

export function explainIssues(error: z.ZodError, input: unknown, t: Translate): string[] {
  return error.issues.slice(0, 5).map((issue) => {
    const name = nameOf(issue.path);
    const value = valueAt(input, issue.path);
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => t("argument.unknownOption", { name: `${key}:` })).join(" ");
    }
    if (issue.code === "invalid_value" && "values" in issue) {
      return t("argument.oneOf", { name, allowed: issue.values.map(String).join(", "), value: String(value ?? "") });
    }
    if (issue.code === "too_big" && issue.path[0] === "positional" && Array.isArray(value)) {
      return t("argument.unexpected", { value: value.slice(Number(issue.maximum)).join(" ") });
    }
    if (value === undefined && issue.code === "invalid_type") return t("argument.missing", { name: name || "?" });
    return t("argument.invalid", { name: name || "?", problem: issue.message });
  });
}
