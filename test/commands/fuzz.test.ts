// Nothing a person types, submits or attaches crashes the bot or leaks internals: random command
// text, random card inputs (hostile strings among them) and files with random and hostile names,
// from admins of every role and from a stranger, through the one entry point on a real SQLite
// store with a small demo partner. Every event gets exactly one reply, a valid card or text that
// Webex accepts and that renders as plain words, never a stack trace and never the "something
// went wrong" notice.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handleEvent } from "../../bot/routing/router.js";
import { defaultTables } from "../../bot/tables.js";
import type { BotEvent } from "../../bot/routing/types.js";
import { cardProblems } from "../../cards/validate.js";
import { seedIfEmpty } from "../../prisma/seed/index.js";
import { freshStore } from "../support/engines.js";
import { TEST_NOW } from "../support/local.js";
import { ANA, BEN, CHEN, ELI, SAM } from "./support.js";
import { recordingDeps, type RecordingDeps } from "./recordingDeps.js";
import { MAX_MESSAGE_BYTES } from "../../cards/limits.js";
import { HOSTILE, LONG_WORD } from "../hostile/hostileText.js";
import { renderProblems } from "../hostile/render.js";
import { startFileHost, type FileHost } from "../hostile/fileHost.js";

const PEOPLE = [ANA, BEN, CHEN, ELI, SAM];
const COMMAND_WORDS = [...defaultTables.commands.flatMap((c) => [c.name, ...(c.aliases ?? [])]), "custmer", ""];
const ACTION_IDS = [...defaultTables.actions.map((a) => a.id), "nope"];

const word = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 8 }),
  fc.string({ unit: "binary", maxLength: 6 }),
  fc.constantFrom("30", "0", "-1", "999999999999", "meetings", "calling", "2026-11-16", "2026-02-30", "page:2", "page:0", "page:abc",
    "status:expiring", "status:nope", "region:eu", "region:Mars", "tag:a+b", "tag:", "managed:x", "week:2026-11-16", "week:bad",
    "a@b.example", "@", "\"quoted words\"", "'single", "x:y:z", "%", "_", "\\", "'; DROP TABLE customers; --", "\u0000", "🙂", "Ｆｕｌｌ", "a\ud800b", "tag:\udc00", "\ud83d"),
);
const commandText = fc.tuple(fc.constantFrom(...COMMAND_WORDS), fc.array(word, { maxLength: 5 })).map(([command, rest]) => [command, ...rest].join(" "));

const hostile = fc.constantFrom(...HOSTILE, LONG_WORD, "x".repeat(201));
const scalar = fc.oneof(fc.string({ maxLength: 20 }), fc.string({ unit: "binary", maxLength: 6 }), fc.constant("\ud800"), fc.integer(), fc.double(), fc.boolean(), fc.constant(null),
  fc.constantFrom("meetings", "expire", "assign", "2026-11-16"), hostile);
const cardInputs = fc.oneof(
  fc.record({ action: fc.constantFrom(...ACTION_IDS), customerId: scalar, subscriptionId: scalar, page: scalar, section: scalar, family: scalar,
    days: scalar, week: scalar, mode: scalar, tag: scalar, command: scalar,
    filter: fc.oneof(fc.object(), fc.constant({}), scalar, fc.constant({ tags: { names: ["\udc00"], match: "any" } }), hostile.map((name) => ({ tags: { names: [name], match: "any" } }))) },
  { requiredKeys: ["action"] }),
  fc.anything(),
);

function expectOneGoodReply(deps: RecordingDeps, before: number, what: string): void {
  // Exactly one reply; the pictures a calling or trend card brings follow it, PNG files only.
  const [reply, ...pictures] = deps.sent.slice(before);
  expect(reply, `exactly one reply to ${what}`).toBeDefined();
  expect(pictures.every((p) => p.file?.contentType === "image/png" && !p.card), `nothing but pictures after the reply to ${what}`).toBe(true);
  expect(typeof reply!.text === "string" && reply!.text.length > 0).toBe(true);
  if (reply!.card) expect(cardProblems(reply!.card), what).toEqual([]);
  expect(Buffer.byteLength(reply!.text ?? ""), what).toBeLessThanOrEqual(MAX_MESSAGE_BYTES);
  if (reply!.card) expect(renderProblems(reply!.card), what).toEqual([]);
  const all = JSON.stringify(reply);
  expect(all, what).not.toMatch(/\n\s+at |\bat .*\(.*:\d+:\d+\)|Error:|went wrong on my side/);
}

const report = readFileSync(new URL("../fixtures/reports/subscription-details-bad-rows.csv", import.meta.url));
const fileName = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: "grapheme", maxLength: 20 }), fc.string({ unit: "binary", maxLength: 12 }),
  hostile, fc.constantFrom("", ".", "..", "../../etc/passwd", "C:\\x.csv", "a\u0000.csv", "=cmd|' /C calc'!A0.csv", "report.csv", "x.zip")).map((name) => name.slice(0, 300));

describe("random input through the router", () => {
  let store: Awaited<ReturnType<typeof freshStore>>;
  let deps: RecordingDeps;
  let n = 0;

  beforeAll(async () => {
    store = await freshStore("sqlite");
    await seedIfEmpty(store.store.db, { customers: 25, now: TEST_NOW });
    files = await startFileHost();
    deps = { ...recordingDeps(store.store), api: files.api };
  });
  let files: FileHost;
  afterAll(async () => {
    await files?.close();
    await store?.dispose();
  });

  it("answers any command text exactly once, with a valid card or text and no stack trace", async () => {
    await fc.assert(fc.asyncProperty(commandText, fc.constantFrom(...PEOPLE), fc.boolean(), async (text, email, group) => {
      const before = deps.sent.length;
      const event: BotEvent = { kind: "message", id: `m-${n++}`, roomId: group ? "room-group" : `room-${email}`, roomType: group ? "group" : "direct", personEmail: email, text, fileUrls: [] };
      await handleEvent(event, deps, defaultTables);
      expectOneGoodReply(deps, before, JSON.stringify(text));
    }), { numRuns: 400 });
  });

  it("answers any card submission exactly once, refusing what it cannot use", async () => {
    await fc.assert(fc.asyncProperty(cardInputs, fc.constantFrom(...PEOPLE), async (inputs, email) => {
      const before = deps.sent.length;
      const event: BotEvent = { kind: "cardAction", id: `a-${n++}`, roomId: `room-${email}`, roomType: "direct", personEmail: email, messageId: "msg-1", inputs };
      await handleEvent(event, deps, defaultTables);
      expectOneGoodReply(deps, before, JSON.stringify(inputs));
    }), { numRuns: 400 });
  });

  it("answers any file a full administrator attaches, whatever its name, exactly once", async () => {
    await fc.assert(fc.asyncProperty(fileName, fc.boolean(), async (name, asReport) => {
      const before = deps.sent.length;
      const url = files.host(name, asReport ? report : Buffer.from(name));
      const event: BotEvent = { kind: "message", id: `f-${n++}`, roomId: `room-${ANA}`, roomType: "direct", personEmail: ANA, text: "", fileUrls: [url] };
      await handleEvent(event, deps, defaultTables);
      expectOneGoodReply(deps, before, JSON.stringify(name));
    }), { numRuns: 25 });
    // Each file is imported in a worker process of its own (bot/imports/runImport.ts): ~1 s apiece,
    // so fewer runs than the text properties; the hostile names are among fileName's first values.
  }, 600_000);
});
