// The status message of a long import: none for a small file; for a long one, one post, then
// edits at most every 3 s and never more than Webex's 10 per message, ending on "saving".
import pino from "pino";
import { describe, expect, it } from "vitest";
import { translatorFor } from "../../domain/i18n/catalogue.js";
import type { ImportProgress } from "../../domain/import/types.js";
import { ImportStatus } from "../../bot/imports/importStatus.js";
import type { Outbox } from "../../bot/outbox.js";
import type { WebexApi } from "../../bot/webex/api.js";

function status(language: "en" | "de" = "en") {
  const posts: string[] = [];
  const edits: string[] = [];
  let now = 0;
  const outbox = { send: async (m: { text?: string }) => { posts.push(m.text!); return { kind: "sent", outboxId: 1, posted: { id: "m1", roomId: "r" } }; } } as unknown as Outbox;
  const api = { editMessage: async (_id: string, e: { text?: string }) => { edits.push(e.text!); return { id: "m1", roomId: "r" }; } } as unknown as WebexApi;
  const shown = new ImportStatus({ outbox, api, log: pino({ level: "silent" }), roomId: "r", t: translatorFor(language), language, fileName: "big.csv", now: () => now });
  return { shown, posts, edits, tick: (ms: number) => { now += ms; } };
}

const reading = (rows: number, estimatedRows: number): ImportProgress => ({ phase: "reading", kind: "subscription-details", rows, estimatedRows });

describe("an import's status message", () => {
  it("posts nothing for a small file", async () => {
    const { shown, posts, edits } = status();
    shown.progress(reading(5000, 8000));
    shown.progress({ ...reading(8000, 8000), phase: "saving" });
    await shown.settled();
    expect([posts, edits]).toEqual([[], []]);
  });

  it("posts once for a long file, edits at most every 3 s and at most 9 times, and ends on saving", async () => {
    const { shown, posts, edits, tick } = status();
    for (let rows = 5000; rows <= 200_000; rows += 5000) {
      shown.progress(reading(rows, 200_000));
      tick(1000);
    }
    shown.progress({ ...reading(200_000, 200_000), phase: "saving" });
    await shown.settled();
    expect(posts).toEqual(["Importing Subscription details… 5,000 of ~200,000 rows"]);
    expect(edits.length).toBeLessThanOrEqual(9);
    expect(edits[0]).toBe("Importing Subscription details… 20,000 of ~200,000 rows");
    expect(edits.at(-1)).toBe("Importing Subscription details… all 200,000 rows are valid; saving them.");
  });

  it("speaks the space's language and says when it waits for another import", async () => {
    const { shown, posts, edits } = status("de");
    shown.waiting();
    shown.progress(reading(120_000, 200_000));
    await shown.settled();
    expect(posts).toEqual(["big.csv wird importiert, sobald der laufende Import abgeschlossen ist."]);
    expect(edits).toEqual([]);
  });
});
