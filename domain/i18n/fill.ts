// Filling a message's {named} placeholders: one rule for the user catalogues and the operator's.
export type MessageParams = Record<string, string | number>;

/** `template` with each {name} replaced by params[name]; a placeholder without a value stays visible. */
export function fill(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}
