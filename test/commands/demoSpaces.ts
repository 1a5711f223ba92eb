// A small demo partner on a fresh SQLite store, asked through the one entry point from a direct
// space in a given language: what the language tests share.
import { afterAll, beforeAll } from "vitest";
import { handleEvent } from "../../bot/routing/router.js";
import { defaultTables } from "../../bot/tables.js";
import type { Language } from "../../domain/i18n/catalogue.js";
import { seedIfEmpty } from "../../prisma/seed/index.js";
import { freshStore } from "../support/engines.js";
import { TEST_NOW } from "../support/local.js";
import { ANA } from "./support.js";
import { recordingDeps, type RecordingDeps } from "./recordingDeps.js";

export interface DemoSpaces {
  /** The text of the answer to `text`, typed by Ana in a direct space that speaks `language`. */
  ask(language: Language, text: string): Promise<string>;
  deps(): RecordingDeps;
}

/** Registers the store's set-up and tear-down in the calling describe block. */
export function demoSpaces(customers: number): DemoSpaces {
  let store: Awaited<ReturnType<typeof freshStore>> | undefined;
  let deps: RecordingDeps;
  let n = 0;
  beforeAll(async () => {
    store = await freshStore("sqlite");
    await seedIfEmpty(store.store.db, { customers, now: TEST_NOW });
    deps = recordingDeps(store.store);
  });
  afterAll(async () => { await store?.dispose(); });
  return {
    deps: () => deps,
    async ask(language, text) {
      const roomId = `room-${language}`;
      await deps.db.space.upsert({ where: { id: roomId }, create: { id: roomId, type: "direct", enabled: true, language }, update: { language } });
      await handleEvent({ kind: "message", id: `m-${n++}`, roomId, roomType: "direct", personEmail: ANA, text, fileUrls: [] }, deps, defaultTables);
      return deps.sent.at(-1)!.text ?? "";
    },
  };
}
