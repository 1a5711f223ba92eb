// A lone surrogate (possible in Webex's JSON or a tampered card) once reached the database and
// crashed the customer lookup: `tag a\ud800b x` answered "something went wrong" (found by the
// fuzz test, one run in five). Events are made well-formed once, at the router's door.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handleEvent } from "../../bot/routing/router.js";
import { defaultTables } from "../../bot/tables.js";
import { wellFormed } from "../../domain/text.js";
import { seedIfEmpty } from "../../prisma/seed/index.js";
import { freshStore } from "../support/engines.js";
import { TEST_NOW } from "../support/local.js";
import { ANA } from "./support.js";
import { recordingDeps, type RecordingDeps } from "./recordingDeps.js";

describe("lone surrogates in what people send", () => {
  let store: Awaited<ReturnType<typeof freshStore>>;
  let deps: RecordingDeps;
  beforeAll(async () => {
    store = await freshStore("sqlite");
    await seedIfEmpty(store.store.db, { customers: 25, now: TEST_NOW });
    deps = recordingDeps(store.store);
  });
  afterAll(async () => { await store?.dispose(); });

  it("are read as U+FFFD in command text: the bot answers about the name, not with an error", async () => {
    for (const [i, text] of ["tag a\ud800b x", "remove-tag a\udc00b !", "customer \ud83d"].entries()) {
      await handleEvent({ kind: "message", id: `m-${i}`, roomId: "room-ana", roomType: "direct", personEmail: ANA, text, fileUrls: [] }, deps, defaultTables);
      const reply = JSON.stringify(deps.sent.at(-1));
      expect(reply, text).not.toMatch(/went wrong on my side/);
    }
    expect(JSON.stringify(deps.sent.at(-1))).toContain("\ufffd");
  });

  it("are read as U+FFFD in card inputs, keys included", async () => {
    await handleEvent({
      kind: "cardAction", id: "a-1", roomId: "room-ana", roomType: "direct", personEmail: ANA, messageId: "msg-1",
      inputs: { action: "customer.show", customerId: "\udc00", filter: { tags: { names: ["\ud800"], match: "any" } } },
    }, deps, defaultTables);
    expect(JSON.stringify(deps.sent.at(-1))).not.toMatch(/went wrong on my side/);
  });

  it("leave well-formed text, pairs and emoji untouched", () => {
    expect(wellFormed({ "k\ud800": ["a\ud800b", "🙂", "Ｆｕｌｌ"], n: 3 })).toEqual({ "k\ufffd": ["a\ufffdb", "🙂", "Ｆｕｌｌ"], n: 3 });
  });
});
