// What the command-line tools (`npm run seed`, `npm run sync`) tell the operator who runs them.
// These are read in a terminal, never in a space, so they are English only and sit outside the
// user-facing keys: a space can never be handed one, and no language must translate them.
import { fill, type MessageParams } from "./fill.js";

export const operatorMessages = {
  "seed.cli.usage": "Usage: npm run seed -- [--customers N] [--seed S] [--reset]. Writes a demo partner into the store named by DATABASE_URL (default {defaultUrl}).",
  "seed.cli.unknownFlag": "{flag} is not an option of the seed command. Use --customers N, --seed S or --reset.",
  "seed.cli.missingValue": "{flag} needs a value, for example {example}.",
  "seed.cli.unexpectedArgument": "\"{argument}\" is not an option of the seed command. Options start with --, for example --customers 300.",
  "seed.cli.badCustomers": "--customers must be a whole number from {min} to {max}; you gave \"{value}\".",
  "seed.cli.badSeed": "--seed must be a whole number from 0 to {max}; you gave \"{value}\".",
  "seed.cli.badDatabaseUrl": "DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL); it is \"{value}\".",
  "seed.cli.notEmpty": "The store at {target} already holds {customers} customers, so nothing was written. Run again with --reset to replace its partner data with the demo partner.",
  "seed.cli.cleared": "Removed the existing partner data in {seconds} s.",
  "seed.cli.done": "Wrote {customers} customers, {subscriptions} subscriptions and {rows} rows in all to {engine} at {target} in {seconds} s (seed {seed}, data as of {day}).",
  "seed.cli.failed": "Seeding failed and nothing was written: {reason}",
  "sync.done": "Sync complete: {customers} customer organizations read from the partner APIs; {licenses} license lines and {tags} new tags written.",
  "sync.failed": "The sync stopped ({reason}); the store is as it was before it started.",
} as const;

export type OperatorKey = keyof typeof operatorMessages;

/** An operator message with its {placeholders} filled. */
export function operatorText(key: OperatorKey, params: MessageParams = {}): string {
  return fill(operatorMessages[key], params);
}
