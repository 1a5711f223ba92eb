// The compiler, not a fallback, guards the translations: a language that misses a message, or
// whose message drops or misspells one of the English {placeholders}, does not type-check.
// The probe below is compiled against the real catalogue types with the project's settings.
import { describe, expect, it } from "vitest";
import path from "node:path";
import ts from "typescript";

const root = path.resolve(import.meta.dirname, "../..");
const probePath = path.join(root, "test/i18n/probe.generated.ts");

const PROBE = `
import type { Catalogue } from "../../domain/i18n/types.js";
import { spanish } from "../../domain/i18n/es/index.js";
const { "paging.next": _dropped, ...withoutOne } = spanish;
export const missing = withoutOne satisfies Catalogue; // line 5
export const misspelt = { "customers.title": "Clientes ({totl})" } satisfies Partial<Catalogue>; // line 6
export const dropped = { "alerts.card.expiringRow": "{customer}: {kind} {subscription} vence el {date} (umbral de {threshold} días)." } satisfies Partial<Catalogue>; // line 7
export const whole = { "customers.title": "Clientes ({total})", "status.trial": "Prueba" } satisfies Partial<Catalogue>; // line 8
export const complete = spanish satisfies Catalogue; // line 9
`;

function errorLines(): Map<number, string> {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(root, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })!;
  const host = ts.createCompilerHost(config.options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (file) => (path.resolve(file) === probePath ? PROBE : readFile(file));
  host.fileExists = (file) => path.resolve(file) === probePath || fileExists(file);
  const program = ts.createProgram([probePath], config.options, host);
  const probe = program.getSourceFile(probePath)!;
  const lines = new Map<number, string>();
  for (const diagnostic of program.getSemanticDiagnostics(probe)) {
    const line = probe.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1;
    lines.set(line, ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
  }
  return lines;
}

describe("the catalogue types", () => {
  const lines = errorLines();

  it("refuse a language that misses a message", () => {
    expect(lines.get(5)).toMatch(/paging\.next/);
  });

  it("refuse a translation that misspells or drops a placeholder", () => {
    expect(lines.get(6)).toMatch(/\{total\}/);
    expect(lines.get(7)).toMatch(/\{days\}/);
  });

  it("accept whole catalogues and faithful translations", () => {
    expect(lines.get(8)).toBeUndefined();
    expect(lines.get(9)).toBeUndefined();
    expect([...lines.keys()].sort()).toEqual([5, 6, 7]);
  });
});
