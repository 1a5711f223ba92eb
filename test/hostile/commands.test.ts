// Hostile names and hostile typing through the one entry point, on a real SQLite store: a
// customer imported as markdown shows as words in the tag confirmation, `queues`, `admins`,
// `customer`, lists and not-found answers; what a person typed is echoed inert and short; a
// 7,400-byte word gets an answer Webex accepts; every argument limit is a sentence in the
// space's language, never an internal error.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handleEvent } from "../../bot/routing/router.js";
import { defaultTables } from "../../bot/tables.js";
import type { BotEvent } from "../../bot/routing/types.js";
import type { OutgoingMessage } from "../../bot/webex/api.js";
import { cardProblems } from "../../cards/validate.js";
import { translate } from "../../domain/i18n/catalogue.js";
import { seedIfEmpty } from "../../prisma/seed/index.js";
import { freshStore } from "../support/engines.js";
import { TEST_NOW } from "../support/local.js";
import { ANA, ELI } from "../commands/support.js";
import { recordingDeps, type RecordingDeps } from "../commands/recordingDeps.js";
import { makeAdmin, makeCustomer, makeCallQueueWeek, tagCustomer } from "../domain/analytics/factories.js";
import { HOSTILE, HOSTILE_NAMES, LONG_WORD } from "./hostileText.js";
import { renderProblems, renderedText } from "./render.js";

const MAX_TEXT_BYTES = 7_439;

describe("hostile names and typing through the commands", () => {
  let store: Awaited<ReturnType<typeof freshStore>>;
  let deps: RecordingDeps;
  let n = 0;

  async function ask(email: string, text: string, roomId = `room-${email}`): Promise<OutgoingMessage> {
    const before = deps.sent.length;
    const event: BotEvent = { kind: "message", id: `m-${n++}`, roomId, roomType: "direct", personEmail: email, text, fileUrls: [] };
    await handleEvent(event, deps, defaultTables);
    expect(deps.sent.length - before, `one answer to ${JSON.stringify(text.slice(0, 80))}`).toBe(1);
    return deps.sent.at(-1)!;
  }

  /** What Webex would accept and a person would read as plain words. */
  function expectInert(reply: OutgoingMessage, what: string): void {
    expect(reply.text, what).not.toMatch(/went wrong on my side/);
    expect(Buffer.byteLength(reply.text ?? ""), what).toBeLessThanOrEqual(MAX_TEXT_BYTES);
    if (reply.card) {
      expect(cardProblems(reply.card), what).toEqual([]);
      expect(renderProblems(reply.card), what).toEqual([]);
    }
  }

  beforeAll(async () => {
    store = await freshStore("sqlite");
    const db = store.store.db;
    await seedIfEmpty(db, { customers: 25, now: TEST_NOW });
    deps = recordingDeps(store.store);
    const ids = HOSTILE.map((_, i) => `00000000-0000-4000-8000-00000000000${i}`);
    for (const [i, name] of HOSTILE.entries()) {
      await makeCustomer(db, { id: ids[i]!, name, region: "EU" });
      await tagCustomer(db, name.replace(/\n/g, " ").slice(0, 80), ids[i]!);
      await makeCallQueueWeek(db, ids[i]!, new Date("2026-11-16T00:00:00Z"), { totalCalls: 10, answered: 8, abandoned: 2, answerWaitSeconds: 80, abandonWaitSeconds: 30 });
    }
    const admin = await makeAdmin(db, "evil@partner.example", "sales", ids);
    await db.partnerAdmin.update({ where: { id: admin }, data: { displayName: HOSTILE_NAMES.link } });
  });
  afterAll(async () => { await store?.dispose(); });

  it("shows a customer imported as markdown as its words, in every answer that names it", async () => {
    for (const [i, name] of HOSTILE.entries()) {
      const id = `00000000-0000-4000-8000-00000000000${i}`;
      for (const command of [`tag ${id} Hot`, `untag ${id} Hot`, `queues ${id}`, `admins ${id}`, `customer ${id}`]) {
        const reply = await ask(ANA, command);
        expectInert(reply, `${command} (${JSON.stringify(name)})`);
        expect(renderedText(reply.card).replace(/\s+/g, " "), command).toContain(name.replace(/\s+/g, " "));
      }
    }
    for (const command of ["customers", "customers region:EU", "tags", "admins", "trials", "queues", "customers tag:Hot"]) {
      expectInert(await ask(ANA, command), command);
    }
  });

  it("echoes unknown commands and names it cannot find as words, not links", async () => {
    const unknown = await ask(ANA, "[Renew](https://evil.example/login)");
    expectInert(unknown, "an unknown command");
    expect(renderedText(unknown.card)).toContain("[Renew](https://evil.example/login)");
    for (const name of HOSTILE) {
      expectInert(await ask(ANA, `customer "${name.replace(/"/g, "")}" nowhere`), `customer ${JSON.stringify(name)}`);
      expectInert(await ask(ANA, `find <${name.replace(/\s/g, "")}@x.example>`), `find ${JSON.stringify(name)}`);
    }
  });

  it("answers a 7,400-byte word with a short echo Webex accepts, not an internal error", async () => {
    for (const text of [LONG_WORD, `customer ${LONG_WORD}`, `customers status:${LONG_WORD}`, `help ${LONG_WORD}`, `queues ${"a ".repeat(3_000)}`, `tag x ${LONG_WORD}`]) {
      const reply = await ask(ANA, text);
      expectInert(reply, text.slice(0, 40));
      expect(JSON.stringify(reply)).not.toContain("x".repeat(200));
    }
  });

  it("says in a sentence that customers takes at most 20 tags, instead of failing", async () => {
    const tags = Array.from({ length: 21 }, (_, i) => `t${i}`).join(",");
    for (const text of [`customers tag:${tags}`, `kpis tag:${tags}`, `report subscriptions tag:${tags}`, `expiring tag:${tags.replace(/,/g, "+")}`]) {
      const reply = await ask(ANA, text);
      expectInert(reply, text);
      expect(reply.text, text).toContain("I couldn't read the command");
      expect(reply.text, text).toMatch(/20/);
    }
  });

  it("says every argument limit as a sentence in the space's language", async () => {
    const es = await ask(ANA, "language es", "room-es");
    expect(es.text).toContain(translate("es", "languageCmd.set", { language: translate("es", "language.name.es") }));
    const limits = [
      `customers tag:${Array.from({ length: 21 }, (_, i) => `t${i}`).join(",")}`, `customers tag:${"t".repeat(81)}`, `customers tag:${"t".repeat(201)}`,
      `customer ${"c".repeat(201)}`, "customers page:0", "customers page:99999", "customers status:nope", "imports 50", "imports lots", `tag x ${"t".repeat(81)}`,
      "schedule subscriptions daily at 25:00", "schedule subscriptions daily at 08:00 Mars/Olympus", "schedule nothing daily at 08:00", "schedule subscriptions weekly someday at 08:00",
      "schedule subscriptions monthly 40 at 08:00", "schedule subscriptions daily at 08:00 UTC extra", "alerts thresholds 0", "alerts thresholds 1,2,3,4,5,6,7,8,9,10,11",
      "alerts sometimes", "alerts time 9", "unschedule !!", "report nothing", "expiring 400", "queues x 2026-13-45", "region Mars", "language xx", "find nobody",
    ];
    const problemsOf = (reply: OutgoingMessage): string[] => {
      expect(reply.text, "a bad-arguments answer").not.toMatch(/went wrong on my side/);
      const body = (reply.card as { body: Array<{ text?: string }> }).body;
      return body.map((b) => (b.text ?? "").replace(/\\(.)/g, "$1")).filter((text) => text.startsWith("• "));
    };
    for (const text of limits) {
      const english = problemsOf(await ask(ANA, text, "room-en"));
      const spanish = problemsOf(await ask(ANA, text, "room-es"));
      expect(english.length, `${text}: a problem is named`).toBeGreaterThan(0);
      expect(spanish.length, text).toBe(english.length);
      for (const [i, line] of spanish.entries()) {
        expect(line, `${text}: in Spanish`).not.toBe(english[i]);
        expect(line, `${text}: a sentence of ours, not zod's`).not.toMatch(/Too (big|small)|Invalid|expected|must have|must be|write |give |use one of/);
      }
    }
  });

  it("lets a sales admin's hostile display name through the roster as words", async () => {
    expectInert(await ask(ELI, "admins"), "admins as Eli");
  });
});
